namespace CommunityFp.Assessment.Indicators;

/// <summary>How an indicator's numerator and denominator make its value.</summary>
public enum IndicatorKind
{
    /// <summary>numerator ÷ denominator in [0, 1], with a 95% Wilson interval; denominator 0 = no data.</summary>
    Proportion,
    /// <summary>A count (no denominator): no sampling-noise question.</summary>
    Count,
    /// <summary>numerator × scale ÷ denominator (‰ rates, sex ratio): no Wilson interval.</summary>
    Ratio,
    /// <summary>Several values at once (method mix): cannot be assessed as one criterion.</summary>
    MultiValued,
}

public sealed record IndicatorDefinition(string Id, IndicatorKind Kind, decimal Scale = 1, bool ParentOnly = false);

/// <summary>
/// The indicator ids of shared/spec/indicators.md, plus the parent-only ones of assessment.md:
/// <c>share_of_children_attaining:&lt;standard&gt;</c> and <c>own_activities</c>.
/// </summary>
public static class IndicatorCatalog
{
    public const string ShareOfChildrenPrefix = "share_of_children_attaining:";
    public const string OwnActivities = "own_activities";

    private static readonly IndicatorDefinition[] Definitions =
    [
        // Population
        Count("population"), Count("population_start"), Count("entries"), Count("exits"),
        Count("entries_moved_within"), Count("entries_born"), Count("entries_moved_in"), Count("entries_registered_late"),
        Count("exits_moved_within"), Count("exits_moved_out"), Count("exits_died"), Count("exits_deleted"),
        Count("births"), Count("deaths"),
        new("birth_rate", IndicatorKind.Ratio, 1000), new("death_rate", IndicatorKind.Ratio, 1000),
        new("natural_growth_rate", IndicatorKind.Ratio, 1000), new("sex_ratio_at_birth", IndicatorKind.Ratio, 100),
        Count("wcba"), Count("married_wcba"), Count("floating_population"),
        // Contraception
        // method_mix is one value per method: the marts store it as one proportion per method (method_mix_iud, …),
        // which a scheme may assess; the bare id stays known so that a scheme naming it gets a clear error.
        Proportion("contraceptive_prevalence"), new("method_mix", IndicatorKind.MultiValued), Proportion("long_acting_share"),
        Proportion("method_mix_iud"), Proportion("method_mix_female_sterilisation"), Proportion("method_mix_male_sterilisation"),
        Proportion("method_mix_implant"), Proportion("method_mix_injectable"), Proportion("method_mix_oral_pill"),
        Proportion("method_mix_condom"), Proportion("method_mix_other"),
        // Follow-up
        Proportion("followup_completion"), Proportion("postpartum_visit_rate"), Proportion("newlywed_guidance_rate"),
        // Births and certificates
        Proportion("policy_compliant_birth_rate"), Count("third_plus_births_without_certificate"),
        Proportion("early_pregnancy_registration_rate"),
        // Floating population, rewards
        Proportion("floating_certificate_check_rate"), Proportion("only_child_reward_delivery_rate"),
        // Information quality
        Proportion("reporting_timeliness"), Proportion("birth_registration_completeness"),
        Count("quarantined_rows"), Count("warnings"),
        // Community work
        new(OwnActivities, IndicatorKind.Count, ParentOnly: true), Count("activities"),
        Proportion("satisfaction_rate"), Proportion("evaluation_participation_rate"),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ById =
        Definitions.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static IReadOnlyList<IndicatorDefinition> All => Definitions;

    /// <summary>The definition of an id; <c>share_of_children_attaining:X</c> is known for any X (the scheme checks X).</summary>
    public static IndicatorDefinition? Find(string? id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        if (ById.TryGetValue(id, out var definition)) return definition;
        return TryGetChildStandard(id, out _) ? new IndicatorDefinition(id, IndicatorKind.Proportion, ParentOnly: true) : null;
    }

    /// <summary>The standard named by <c>share_of_children_attaining:&lt;standard&gt;</c>.</summary>
    public static bool TryGetChildStandard(string id, out string standard)
    {
        standard = id.StartsWith(ShareOfChildrenPrefix, StringComparison.Ordinal) ? id[ShareOfChildrenPrefix.Length..] : "";
        return standard.Length > 0;
    }

    private static IndicatorDefinition Count(string id) => new(id, IndicatorKind.Count);
    private static IndicatorDefinition Proportion(string id) => new(id, IndicatorKind.Proportion);
}
