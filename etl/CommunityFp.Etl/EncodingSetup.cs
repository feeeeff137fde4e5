using System.Runtime.CompilerServices;
using System.Text;

namespace CommunityFp.Etl;

internal static class EncodingSetup
{
    // GB18030 lives in the code-pages provider; register it before anything touches BatchEncoding.
#pragma warning disable CA2255 // a library needs the provider before any caller touches BatchEncoding
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
