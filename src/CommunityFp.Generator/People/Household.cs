namespace CommunityFp.Generator.People;

/// <summary>A household (户): address down to building and stairwell unit; members move together.</summary>
internal sealed class Household
{
    public int Community;
    public short Group;     // resident group number within the community (1-based)
    public short Building;  // 号楼
    public byte Unit;       // 单元
    public List<int> Members { get; } = new(4);
}
