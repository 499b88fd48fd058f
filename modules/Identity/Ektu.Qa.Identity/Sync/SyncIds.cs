using System.Security.Cryptography;
using System.Text;

namespace Ektu.Qa.Identity.Sync;

/// <summary>A stable audit-log id for a record keyed by name (a saved mapping): the same name, the same entity in the log.</summary>
internal static class SyncIds
{
    public static Guid Of(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("sync-mapping:" + name)).AsSpan(0, 16));
}
