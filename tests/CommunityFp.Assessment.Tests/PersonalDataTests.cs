using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Results;

namespace CommunityFp.Assessment.Tests;

/// <summary>Run tables name records by keys only: never a person's name or citizen id (assessment.md, evidence).</summary>
public class PersonalDataTests
{
    [Fact]
    public void Evidence_records_hold_only_register_record_id_date_and_community() =>
        Assert.Equal(
            ["CommunityCode", "Date", "RecordId", "Register"],
            typeof(EvidenceRecord).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(typeof(UnitResult))]
    [InlineData(typeof(CriterionResult))]
    [InlineData(typeof(VetoResult))]
    [InlineData(typeof(StandardResult))]
    [InlineData(typeof(TargetProgress))]
    public void No_result_table_has_a_citizen_id_or_person_column(Type table) =>
        Assert.DoesNotContain(table.GetProperties(), p =>
            p.Name.Contains("Citizen", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Person", StringComparison.OrdinalIgnoreCase)
            || p.Name.Contains("Resident", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("Mother", StringComparison.OrdinalIgnoreCase));
}
