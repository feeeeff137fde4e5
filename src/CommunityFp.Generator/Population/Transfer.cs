using CommunityFp.Generator.People;

namespace CommunityFp.Generator.Population;

/// <summary>
/// A household moving to another district of the city: it leaves one scope (status 2) and arrives in the other
/// under new resident ids (registers.md: ids are keys within their scope).
/// </summary>
internal sealed record Transfer(int ToDistrict, int Day, IReadOnlyList<Person> Members, IReadOnlyList<(byte Method, int Start)?> Measures);
