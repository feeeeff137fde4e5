using CommunityFp.Generator.Writing;

namespace CommunityFp.Generator.Defects;

/// <summary>A defect to inject into one register file, at a relative position among its records.</summary>
internal readonly record struct PlannedInjection(string Register, string Kind, double Position);

/// <summary>How one batch (scope and month) is exported: layout, injected row defects, lateness, re-send.</summary>
internal sealed record BatchPlan(
    ExportStyle Style,
    IReadOnlyList<PlannedInjection> Injections,
    IReadOnlyList<PlannedInjection> FixedInResend,
    int ExportDelayDays,
    bool Resend,
    int Seed)
{
    public bool LateExport => ExportDelayDays > 14;
}
