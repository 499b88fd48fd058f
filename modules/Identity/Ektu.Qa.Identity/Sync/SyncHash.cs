using System.Security.Cryptography;
using System.Text;

namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// A fingerprint of what a sync wrote for one record (its attributes and the grants its rules give): equal fingerprints mean
/// nothing to write, so a repeated batch costs one read per batch and no audit rows.
/// </summary>
internal static class SyncHash
{
    public static string Of(params object?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p?.ToString() ?? "\u0000")))));
}
