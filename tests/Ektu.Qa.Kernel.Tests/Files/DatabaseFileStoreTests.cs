using System.Security.Cryptography;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Files;

/// <summary>The database file store (<c>Files:Store</c> = Database) on SQLite and MariaDB.</summary>
public sealed class DatabaseFileStoreTests
{
    private static readonly FileStoreArea Area = new("Test", "Test:FileStorePath", Path.Combine("App_Data", "test-files"));

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SaveAndOpenRead_Should_StreamWithBoundedMemory_When_TheFileIsLarge(string provider)
    {
        const long size = 48L * 1024 * 1024 + 12345; // not a whole number of chunks
        await using var app = await StartAsync(provider);
        var source = new PatternStream(size);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        var stored = await InUnitOfWorkAsync(app, store => store.SaveAsync(Area, source, "bin", CancellationToken.None));

        stored.Length.ShouldBe(size);
        stored.Sha256.ShouldBe(PatternStream.Sha256(size));
        (source.PeakLive - baseline).ShouldBeLessThan(16L * 1024 * 1024, "the upload was held in memory");
        var chunks = await app.QueryAsync(db =>
            db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_file_chunks WHERE path = @p", new { p = stored.Path }));
        chunks.ShouldBe((size + DatabaseFileStore.ChunkSize - 1) / DatabaseFileStore.ChunkSize);

        await using var scope = app.Services.CreateAsyncScope();
        var read = scope.ServiceProvider.GetRequiredService<IFileStore>();
        (await read.ExistsAsync(Area, stored.Path, CancellationToken.None)).ShouldBeTrue();
        baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var stream = read.OpenRead(Area, stored.Path))
        {
            var buffer = new byte[81920];
            long total = 0, sampled = 0;
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                total += n;
                if (total - sampled < 8 * 1024 * 1024) continue;
                sampled = total;
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
            total.ShouldBe(size);
        }
        Convert.ToHexStringLower(sha.GetHashAndReset()).ShouldBe(stored.Sha256);
        (peak - baseline).ShouldBeLessThan(16L * 1024 * 1024, "the download was held in memory");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SaveAsync_Should_LeaveNoFile_When_TheUnitOfWorkRollsBack(string provider)
    {
        await using var app = await StartAsync(provider);
        string? path = null;

        await Should.ThrowAsync<InvalidOperationException>(() => InUnitOfWorkAsync<StoredFile>(app, async store =>
        {
            path = (await store.SaveAsync(Area, new MemoryStream(new byte[300_000]), "bin", CancellationToken.None)).Path;
            throw new InvalidOperationException("rolled back");
        }));

        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        (await store.ExistsAsync(Area, path!, CancellationToken.None)).ShouldBeFalse();
        (await store.CountAsync(Area, CancellationToken.None)).ShouldBe(0);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_file_chunks"))).ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OpenRead_Should_ReadTheAreaFolder_When_TheFileWasStoredBeforeTheDatabaseStore(string provider)
    {
        await using var app = await StartAsync(provider);
        var disk = app.Services.GetRequiredService<DiskFileStore>();
        var old = await disk.SaveAsync(Area, new MemoryStream("stored on disk"u8.ToArray()), "txt", CancellationToken.None);

        await using var scope = app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        (await store.ExistsAsync(Area, old.Path, CancellationToken.None)).ShouldBeTrue();
        await using var stream = store.OpenRead(Area, old.Path);
        (await new StreamReader(stream).ReadToEndAsync()).ShouldBe("stored on disk");
        await Should.ThrowAsync<FileNotFoundException>(async () =>
        {
            await using var missing = store.OpenRead(Area, "2026/missing.txt");
            await missing.ReadExactlyAsync(new byte[1]);
        });
    }

    [Fact]
    public void UsesDatabase_Should_FollowTheProviderAndTheSharedPath_When_NotSetExplicitly()
    {
        static bool Uses(string provider, params (string Key, string Value)[] settings) => FileStoreSetup.UsesDatabase(
            new ConfigurationBuilder()
                .AddInMemoryCollection(settings.ToDictionary(s => s.Key, s => (string?)s.Value)).Build(),
            new DatabaseOptions { Provider = provider });

        Uses("MySql").ShouldBeTrue();
        Uses("Sqlite").ShouldBeFalse();
        Uses("MySql", ("Files:SharedPath", "/mnt/qa-files")).ShouldBeFalse();
        Uses("Sqlite", ("Files:Store", "Database")).ShouldBeTrue();
        Uses("MySql", ("Files:Store", "disk")).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => Uses("MySql", ("Files:Store", "S3")));
    }

    private static Task<TestApp> StartAsync(string provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "files-" + Guid.NewGuid().ToString("N"));
        return TestApp.StartAsync(provider, demo: false, configure: b =>
        {
            b.Configuration["Files:Store"] = "Database";
            b.Configuration["Test:FileStorePath"] = folder;
        });
    }

    private static async Task<T> InUnitOfWorkAsync<T>(TestApp app, Func<IFileStore, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        return await db.InUnitOfWorkAsync(() => work(store));
    }

    /// <summary>Bytes made up as they are read (never held), noting the most memory alive after a collection every 8 MiB.</summary>
    private sealed class PatternStream(long length) : Stream
    {
        private long _position;
        private long _sampled;

        public long PeakLive { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public static string Sha256(long length)
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using var s = new PatternStream(length);
            var buffer = new byte[1 << 20];
            int n;
            while ((n = s.Read(buffer, 0, buffer.Length)) > 0) sha.AppendData(buffer, 0, n);
            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++) buffer[offset + i] = (byte)((_position + i) * 31 % 251);
            _position += n;
            if (_position - _sampled >= 8 * 1024 * 1024)
            {
                _sampled = _position;
                PeakLive = Math.Max(PeakLive, GC.GetTotalMemory(forceFullCollection: true));
            }
            return n;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
