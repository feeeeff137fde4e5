using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;

namespace CommunityFp.Exports.Deidentification;

/// <summary>
/// Pseudonymous keys for microdata: HMAC-SHA256 of the source id under a secret made for one export and never
/// stored. Within the export the same person always gets the same key (rows link up); two exports use different
/// secrets, so their keys cannot be joined, and without the secret a key cannot be traced back to an id.
/// </summary>
public sealed class Pseudonymizer : IDisposable
{
    private readonly HMACSHA256 _hmac;

    public Pseudonymizer(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < 32) throw new ArgumentException("the secret needs at least 32 bytes", nameof(secret));
        _hmac = new HMACSHA256(secret.ToArray());
    }

    /// <summary>A pseudonymizer with a fresh 256-bit random secret: one per export.</summary>
    public static Pseudonymizer ForNewExport() => new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key of one id: the first 128 bits of the HMAC, as 32 lowercase hex digits.</summary>
    public string Key(string id)
    {
        Span<byte> hash = stackalloc byte[32];
        lock (_hmac) _hmac.TryComputeHash(Encoding.UTF8.GetBytes(id), hash, out _);
        return Convert.ToHexStringLower(hash[..16]);
    }

    public void Dispose() => _hmac.Dispose();

    private static readonly ConditionalWeakTable<DuckDBConnection, Slot> Slots = new();

    /// <summary>
    /// Makes <c>pseudonym(id VARCHAR) → VARCHAR</c> callable in SQL on this connection, keyed with this
    /// pseudonymizer until the returned scope ends. The function is registered once per connection; a query
    /// outside a scope fails rather than use a stale secret.
    /// </summary>
    public IDisposable UseIn(DuckDBConnection connection)
    {
        var slot = Slots.GetValue(connection, Register);
        if (slot.Current is not null) throw new InvalidOperationException("another export's pseudonymizer is in use on this connection");
        slot.Current = this;
        return new Scope(slot);
    }

    private static Slot Register(DuckDBConnection connection)
    {
        var slot = new Slot();
        connection.RegisterScalarFunction<string, string>("pseudonym", (readers, writer, rows) =>
        {
            var current = slot.Current ?? throw new InvalidOperationException("pseudonym() used outside an export");
            for (ulong i = 0; i < rows; i++)
            {
                if (readers[0].IsValid(i)) writer.WriteValue(current.Key(readers[0].GetValue<string>(i)), i);
                else writer.WriteNull(i);
            }
        }, new ScalarFunctionOptions { IsPureFunction = false });
        return slot;
    }

    private sealed class Slot
    {
        public Pseudonymizer? Current;
    }

    private sealed class Scope(Slot slot) : IDisposable
    {
        public void Dispose() => slot.Current = null;
    }
}
