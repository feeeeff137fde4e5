using CommunityFp.Exports.Catalog;

namespace CommunityFp.Exports.Tests;

/// <summary>A hand-made table with every type an export carries, awkward text included (commas, quotes, newlines,
/// Chinese, empty strings), nulls, and more rows than one batch.</summary>
internal static class SampleExport
{
    public const int Rows = 2_500;

    public static void Create(TestWarehouse warehouse) => warehouse.Execute($"""
        create table sample (
            id integer not null,
            big bigint not null,
            org_code varchar not null,
            indicator varchar not null,
            period_start date not null,
            amount decimal(9, 2),
            label varchar,
            share double,
            flag boolean);
        insert into sample
        select i::int,
               i::bigint * 1000000007,
               ['220202001', '220202002', '220203001'][1 + i % 3],
               ['births', 'deaths', 'wcba', 'contraceptive_prevalence'][1 + i % 4],
               date '2005-01-01' + (i % 2000)::int,
               case when i % 7 = 0 then null else (i * 1.25 - 1000)::decimal(9, 2) end,
               case when i % 6 = 0 then null
                    when i % 6 = 1 then '船营区, "第' || i || '号"'
                    when i % 6 = 2 then ''
                    when i % 6 = 3 then 'line one' || chr(10) || 'line two'
                    else 'plain ' || i end,
               case when i % 11 = 0 then null else i / 8.0 - 100 end,
               i % 2 = 0
        from range({Rows}) as t(i);
        """);

    public static ExportDefinition Definition { get; } = new()
    {
        Name = "sample",
        Description = "样本 — a hand-made table with every exported type",
        Sql = "select id, big, org_code, indicator, period_start, amount, label, share, flag from sample order by id",
        SourceTable = "sample",
        Columns =
        [
            new("id", "row number"),
            new("big", "a large whole number"),
            new("org_code", "org unit code (统计用区划代码)"),
            new("indicator", "indicator id"),
            new("period_start", "first day of the period"),
            new("amount", "an amount of money", Unit: "yuan"),
            new("label", "free text"),
            new("share", "a fraction", Unit: "1"),
            new("flag", "a yes/no flag", NotNull: true),
        ],
        CodeColumns = ["org_code", "indicator"],
    };

    public static ExportProvenance Provenance { get; } = new()
    {
        KnowledgeDate = new DateOnly(2010, 12, 31),
        BatchIds = ["220202001/2008-01-31", "220202002/2008-01-31"],
        IndicatorDefinitions = new Dictionary<string, string>
        {
            ["births"] = "live births in the births register with birth_date in the period",
            ["contraceptive_prevalence"] = "综合节育率: married WCBA with a measure active at the period end / married_wcba",
        },
        Parameters = new Dictionary<string, string> { ["unit"] = "2202" },
    };
}
