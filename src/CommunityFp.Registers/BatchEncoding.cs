using System.Text;

namespace CommunityFp.Registers;

/// <summary>The text encodings a batch may declare: UTF-8 (BOM optional) and GB18030 (alias GBK, GB2312).</summary>
public static class BatchEncoding
{
    // The code-page provider must be registered before GB18030 can be created, so both happen here, in order.
    static BatchEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>The canonical manifest name for UTF-8.</summary>
    public const string Utf8Name = "utf-8";

    /// <summary>The canonical manifest name for GB18030.</summary>
    public const string Gb18030Name = "gb18030";

    /// <summary>The encoding the manifest names, or null when the name is not accepted.</summary>
    public static Encoding? Resolve(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        "gb18030" or "gbk" or "gb2312" => Gb18030,
        _ => null,
    };

    /// <summary>GB18030 (code page 54936), a superset of GBK and GB2312, failing on invalid bytes.</summary>
    public static Encoding Gb18030 { get; }

    /// <summary>True when the name means GB18030 (so the file must be transcoded before DuckDB reads it).</summary>
    public static bool IsGb18030(string name) => name.Trim().ToLowerInvariant() is "gb18030" or "gbk" or "gb2312";
}
