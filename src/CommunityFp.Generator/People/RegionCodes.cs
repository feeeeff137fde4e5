using CommunityFp.Generator.Core;

namespace CommunityFp.Generator.People;

/// <summary>
/// GB/T 2260 county-level codes used for citizen-id regions and the floating population's hukou places.
/// Floating residents of Jilin City came mostly from the rural north-east and from Shandong and Hebei.
/// </summary>
internal static class RegionCodes
{
    /// <summary>Jilin City's districts and counties (a Jilin-born resident's id starts with one of these).</summary>
    public static readonly int[] JilinCity = [220202, 220203, 220204, 220211, 220221, 220281, 220282, 220283, 220284];

    /// <summary>Elsewhere in Jilin province (older residents who moved to the city).</summary>
    public static readonly int[] JilinProvince = [220102, 220103, 220104, 220105, 220122, 220182, 220381, 220502, 220602, 220702, 220802];

    /// <summary>Hukou places of floating residents: other provinces (Heilongjiang, Liaoning, Inner Mongolia, Shandong, Hebei, Henan …).</summary>
    public static readonly int[] OtherProvinces =
    [
        230102, 230103, 230104, 230203, 230204, 230521, 230882, 231002, 230402, 230604, 232301,
        210102, 210302, 211002, 210702, 211202, 211302,
        150102, 152201, 150402, 150502,
        370102, 371302, 370702, 370203,
        130102, 130203, 130602,
        410102, 411302, 340102, 510104,
    ];

    private static readonly double[] OtherProvinceWeights =
        OtherProvinces.Select(c => c / 10000 switch { 23 => 3.0, 21 => 2.0, 15 => 1.5, 37 => 1.2, 13 => 1.0, _ => 0.5 }).ToArray();

    public static int FloatingOrigin(Rng rng) => OtherProvinces[rng.Pick(OtherProvinceWeights)];

    /// <summary>The id region of a registered resident: mostly the district itself, older people often elsewhere in Jilin.</summary>
    public static int ResidentRegion(Rng rng, int districtCode, int birthYear)
    {
        var u = rng.NextDouble();
        if (u < 0.6) return districtCode;
        if (u < 0.85) return JilinCity[rng.Next(JilinCity.Length)];
        return birthYear < 1975 ? JilinProvince[rng.Next(JilinProvince.Length)] : JilinCity[rng.Next(JilinCity.Length)];
    }
}
