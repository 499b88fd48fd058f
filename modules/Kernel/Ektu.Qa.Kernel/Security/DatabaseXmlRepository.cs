using System.Xml.Linq;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Ektu.Qa.Kernel.Security;

/// <summary>
/// The data-protection key ring in <c>k_data_protection_keys</c>, so every host of a cluster protects and unprotects
/// sign-in cookies and antiforgery tokens with the same keys (the default ring is a folder of one machine).
/// </summary>
/// <remarks>
/// <see cref="IXmlRepository"/> is synchronous; the key manager calls it at the first use and when the ring is refreshed
/// (about once a day, or when a payload names a key it has not seen), so waiting for the async driver here is rare.
/// </remarks>
internal sealed class DatabaseXmlRepository(IDbConnectionFactory factory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => Run(async () =>
    {
        var cn = await factory.OpenAsync();
        try
        {
            var rows = await cn.QueryAsync<string>("SELECT xml FROM k_data_protection_keys ORDER BY created_at");
            return (IReadOnlyCollection<XElement>)rows.Select(x => XElement.Parse(x)).ToList();
        }
        finally
        {
            await factory.ReleaseAsync(cn);
        }
    });

    public void StoreElement(XElement element, string friendlyName) => Run(async () =>
    {
        var cn = await factory.OpenAsync();
        try
        {
            return await cn.ExecuteAsync(
                "INSERT INTO k_data_protection_keys (id, friendly_name, xml, created_at) VALUES (@id, @friendlyName, @xml, @at)",
                new { id = Guid.NewGuid().ToString(), friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), at = DateTime.UtcNow });
        }
        finally
        {
            await factory.ReleaseAsync(cn);
        }
    });

    // Off the caller's thread: a synchronous wait on a request thread must not wait for a continuation queued behind it.
    private static T Run<T>(Func<Task<T>> work) => Task.Run(work).GetAwaiter().GetResult();
}
