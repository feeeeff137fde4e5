namespace CommunityFp.Generator.FamilyPlanning;

// Event records of one scope. Each is appended once, in the month it becomes known; fields dated after a batch's
// as_of are left out of that batch, so one record serves every monthly snapshot. VisibleMonth is the first
// batch month holding the record (late reports shift it); DeletedMonth is the first month it is gone.

internal struct BirthRecord
{
    public int Seq, Mother, Father, Child, Day, Certificate, Community, ReportedDay, VisibleMonth, DeletedMonth;
    public int CorrectedMonth;   // before this month child_sex was exported wrong
    public byte Sex, Order, PriorRecorded;
}

internal struct MeasureRecord
{
    public int Seq, Woman, Start, End, VisibleMonth, DeletedMonth, NextDue;
    public byte Method, EndReason;
}

internal struct VisitRecord
{
    public int Seq, Woman, Day, Measure, Birth, DeletedMonth;
    public byte Type, Result, Staff;
}

internal struct PregnancyRecord
{
    public int Seq, Woman, Registered, Expected, OutcomeDay, Birth, VisibleMonth;
    public byte Outcome;
}

/// <summary>Simulation state of a conception (not a register): what happens and what gets recorded.</summary>
internal struct Conception
{
    public int Woman, Day, OutcomeDay, Certificate, Pregnancy;
    public byte Outcome;     // 1 live birth, 2 induced termination, 3 loss
    public bool Missing;     // the FP office never learns of it (under-reporting): only the hospital records the birth
}

internal struct CertificateRecord
{
    public int Seq, Holder, Spouse, Issue, ValidUntil, Year, VisibleMonth;
    public int NumberDistrict, NumberSeq;   // the number's parts: kept when a record is copied to another scope
    public long IssuedBy;
    public byte Type, Delivered;
}

internal struct RewardRecord
{
    public int Seq, Beneficiary, Year, AmountCents, PaidDay, VisibleMonth;
    public byte Type;
}

internal struct CheckRecord
{
    public int Seq, Resident, Day, Certificate;
    public byte By, Status;
}

internal struct ActivityRecord
{
    public int Seq, Day, Participants, Materials, DeletedMonth;
    public long OrgCode;
    public byte Type;
}

internal struct EvaluationRecord
{
    public int Seq, Community, Day, Invited, Respondents, Satisfied;
}

internal struct HospitalBirthRecord
{
    public int Seq, Mother, Day, Community, Hospital;
    public byte Sex;
}

internal struct MarriageRecord
{
    public int Seq, Wife, Husband, Day, Community;
}
