using System.Runtime.CompilerServices;
using System.Text;

namespace CommunityFp.Etl.Tests.Support;

internal static class EncodingSetup
{
#pragma warning disable CA2255 // a library needs the provider before any caller touches BatchEncoding
    [ModuleInitializer]
    internal static void Register() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
