using CommunityFp.Generator.Core;

namespace CommunityFp.Generator.FamilyPlanning;

/// <summary>
/// Method choice (知情选择): couples without a child use condoms or the pill; after the first child an IUD is the
/// norm; sterilisation (female mostly, male recorded on the wife) after a second child or at older ages.
/// Calibrated to the urban mix of the time: IUD ~50%, sterilisation ~30%, condom ~10%, pill ~1%.
/// </summary>
internal static class ContraceptiveMethods
{
    public const byte Iud = 1, FemaleSterilisation = 2, MaleSterilisation = 3, Implant = 4, Injectable = 5, Pill = 6, Condom = 7, Other = 9;

    private static readonly byte[] Methods = [Iud, FemaleSterilisation, MaleSterilisation, Implant, Injectable, Pill, Condom, Other];

    public static byte Choose(Rng rng, int age, int parity)
    {
        ReadOnlySpan<double> w = parity switch
        {
            0 => [0.50, 0.0, 0.0, 0.01, 0.04, 0.05, 0.36, 0.04],
            >= 2 => [0.28, 0.60, 0.06, 0.01, 0.0, 0.0, 0.05, 0.0],
            _ when age < 30 => [0.78, 0.09, 0.005, 0.04, 0.02, 0.006, 0.05, 0.004],
            _ when age < 40 => [0.48, 0.38, 0.025, 0.02, 0.012, 0.006, 0.05, 0.002],
            _ => [0.36, 0.50, 0.03, 0.015, 0.008, 0.006, 0.05, 0.001],
        };
        return Methods[rng.Pick(w)];
    }

    public static bool IsLongActing(byte method) => method <= Implant;

    public static bool IsPermanent(byte method) => method is FemaleSterilisation or MaleSterilisation;

    /// <summary>The k-th follow-up due date (k = 0, 1, …) of a measure started on <paramref name="start"/> (indicators.md).</summary>
    public static int DueDate(byte method, int start, int k)
    {
        var months = IsLongActing(method)
            ? k switch { 0 => 1, 1 => 3, 2 => 6, 3 => 12, _ => 12 * (k - 2) }
            : 3 * (k + 1);
        return Days.AddMonths(start, months);
    }
}
