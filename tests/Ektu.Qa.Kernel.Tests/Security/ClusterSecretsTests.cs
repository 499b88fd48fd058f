using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.TestKit;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Security;

/// <summary>Secrets every host shares through the database, and the data-protection key ring that guards them.</summary>
public sealed class ClusterSecretsTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_GiveEveryHostTheSameProtectedSecret_When_TheFirstHostMadeIt(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: false);
        var sp = app.Services;
        // A second host: its own instance on the same database and key ring.
        var other = new ClusterSecrets(sp.GetRequiredService<IDbConnectionFactory>(), sp.GetRequiredService<IDataProtectionProvider>());

        var made = sp.GetRequiredService<IClusterSecrets>().Get("Test.Key", 64);
        var read = other.Get("Test.Key", 64);

        made.Length.ShouldBe(64);
        read.ShouldBe(made);
        await using var scope = sp.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IDbSession>()
            .ExecuteScalarAsync<string>("SELECT value FROM k_settings WHERE name = 'secret:Test.Key'");
        stored.ShouldNotBeNull();
        stored.ShouldNotContain(Convert.ToBase64String(made), Case.Sensitive, "kept protected, not as the key itself");
        other.Get("Test.Other", 64).ShouldNotBe(made);
    }

    [Fact]
    public async Task KeyRing_Should_BeEncryptedInTheDatabase_When_ACertificateIsConfigured()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"ektu-qa-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ektu-qa-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-pass"));
        }
        try
        {
            await using var app = await TestApp.StartAsync(TestDatabases.Sqlite, demo: false, configure: b =>
            {
                b.Configuration["DataProtection:CertificatePath"] = pfx;
                b.Configuration["DataProtection:CertificatePassword"] = "test-pass";
            });
            var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Test");
            protector.Unprotect(protector.Protect("kept")).ShouldBe("kept");

            await using var scope = app.Services.CreateAsyncScope();
            var xml = await scope.ServiceProvider.GetRequiredService<IDbSession>().QueryAsync<string>("SELECT xml FROM k_data_protection_keys");
            xml.ShouldNotBeEmpty();
            xml.ShouldAllBe(x => x.Contains("EncryptedData") && !x.Contains("<value>"), "the master key lies in the database readable");
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
