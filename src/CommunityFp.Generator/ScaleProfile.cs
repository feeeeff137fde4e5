namespace CommunityFp.Generator;

/// <summary>What each <see cref="GeneratorScale"/> covers: districts, residents and the default months.</summary>
internal sealed record ScaleProfile(
    IReadOnlyList<int> Districts,
    int Residents,
    YearMonth DefaultFrom,
    YearMonth DefaultTo,
    int StreetsPerDistrict,
    int MeanCommunitySize,
    int ReorganisationsPerDistrict)
{
    public static ScaleProfile For(GeneratorScale scale) => scale switch
    {
        GeneratorScale.Tiny => new([220202], 2_000, new(2006, 12), new(2008, 1), 2, 450, 1),
        GeneratorScale.Demo => new([220202, 220204], 60_000, new(2005, 1), new(2010, 12), 4, 2_400, 3),
        GeneratorScale.City => new([220202, 220203, 220204, 220211], 1_900_000, new(2005, 1), new(2010, 12), 11, 3_900, 6),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "unknown scale"),
    };

    /// <summary>The share of the city's residents living in each district (Changyi and Chuanying are the largest).</summary>
    public double ShareOf(int district) => Districts.Count == 1 ? 1.0 : district switch
    {
        220202 => 0.30,
        220203 => 0.24,
        220204 => 0.26,
        _ => 0.20,
    } / Districts.Sum(d => d switch { 220202 => 0.30, 220203 => 0.24, 220204 => 0.26, _ => 0.20 });
}
