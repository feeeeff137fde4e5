namespace CommunityFp.Assessment.Schemes;

/// <summary>
/// The schemes the product ships (assessment.md "Default scheme 2007/2010"): plain files copied next to the
/// binaries under <c>schemes/</c>, so they can be read, copied and edited without a rebuild.
/// </summary>
public static class DefaultSchemes
{
    public const string Jilin2007File = "jilin-2007.jsonc";
    public const string Jilin2010File = "jilin-2010.jsonc";
    public const string SchemaFile = "scheme.schema.json";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "schemes");

    public static LoadedScheme Jilin2007() => SchemeLoader.LoadFile(Path.Combine(Directory, Jilin2007File));

    public static LoadedScheme Jilin2010() => SchemeLoader.LoadFile(Path.Combine(Directory, Jilin2010File));

    /// <summary>The default scheme for an assessment year: 2010's (with 和谐) from 2008 on, 2007's before.</summary>
    public static LoadedScheme ForYear(int year) => year >= 2008 ? Jilin2010() : Jilin2007();
}
