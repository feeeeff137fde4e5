namespace CommunityFp.Generator.People;

/// <summary>
/// Compact per-resident state (about 100 bytes): enough to write a <c>residents.csv</c> row for any month and to
/// drive the family-planning processes. Dates are day numbers (0 = none), months are month ordinals.
/// </summary>
internal struct Person
{
    public int Seq;              // resident_id number within the scope
    public int BirthDay;
    public ulong Name;           // packed characters, see ChineseNames
    public int IdRegion;         // citizen id region; 0 = no citizen id recorded
    public short IdSeq;
    public byte Sex;             // 1 male, 2 female
    public byte Hukou;           // 1, 2, 3
    public byte Marital;         // GB/T 2261.2
    public byte Status;          // 1 present, 2 moved out, 3 deceased
    public byte ArrivalReason;
    public byte Employment;      // 0 = not recorded (young children)
    public byte Parity;          // live births so far (women)
    public byte RecordedBirths;  // births of hers in this scope's births register
    public PersonFlags Flags;
    public int Origin;           // hukou place (GB/T 2260) for hukou 3
    public int MarriageDay;
    public int Spouse;           // person index, -1 = none
    public int Household;
    public int Community;        // community index (follows the household)
    public int StatusDay;
    public int ArrivalDay;
    public int FirstMonth;       // first batch month the record appears in
    public int StatusMonth;      // first batch month showing the status (late reports shift it)
    public int DropMonth;        // first batch month no longer holding the record (int.MaxValue while present)
    public int Measure;          // active contraceptive measure index, -1 = none
    public int Pregnancy;        // ongoing pregnancy index, -1 = none
    public int PlannedUptakeDay; // day a contraceptive measure is due to start, 0 = none
    public int LastBirthDay;
    public int FloatingCert;     // type-4 certificate index, -1 = none
    public int HonourCert;       // type-3 certificate index, -1 = none
    public int CorrectedMonth;   // before this month a mistaken value is exported (0 = never mistaken)
    public int DeletedMonth;     // from this month the record is gone from the source (int.MaxValue = never)

    public readonly bool IsPresent => Status == 1;
    public readonly bool IsMarried => Marital is >= 20 and <= 23;
}

[Flags]
internal enum PersonFlags : byte
{
    None = 0,

    /// <summary>Married but not using contraception (separated, infertile, refusing): keeps prevalence below 100%.</summary>
    NonUser = 1,

    /// <summary>Eligible for a second child (both spouses only children, etc.): more likely to apply for a permit.</summary>
    SecondChildEligible = 2,

    /// <summary>The mistaken value is the birth date rather than the name.</summary>
    CorrectBirthDate = 4,
}
