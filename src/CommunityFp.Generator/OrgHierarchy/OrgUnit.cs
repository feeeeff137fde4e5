using System.Globalization;

namespace CommunityFp.Generator.OrgHierarchy;

/// <summary>One row of <c>org_units</c>: a unit of the 统计用区划代码 hierarchy with its validity.</summary>
internal sealed class OrgUnit
{
    public OrgUnit(long code, string name, int level, OrgUnit? parent, int validFrom)
    {
        Code = code;
        CodeText = code.ToString(CultureInfo.InvariantCulture);
        Name = name;
        Level = level;
        Parent = parent;
        ValidFrom = validFrom;
    }

    public long Code { get; }
    public string CodeText { get; }
    public string Name { get; }

    /// <summary>1 city, 2 district, 3 street, 4 community, 5 resident group.</summary>
    public int Level { get; }
    public OrgUnit? Parent { get; }

    /// <summary>Day number of <c>valid_from</c>.</summary>
    public int ValidFrom { get; }

    /// <summary>Day number of <c>valid_to</c> (inclusive), or 0 while the unit exists.</summary>
    public int ValidTo { get; set; }
}
