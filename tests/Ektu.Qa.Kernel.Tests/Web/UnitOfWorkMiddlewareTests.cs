using System.Data.Common;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Ektu.Qa.Kernel.Tests.Web;

/// <summary>A write request's response reaches the client only after its unit of work committed.</summary>
public sealed class UnitOfWorkMiddlewareTests
{
    [Fact]
    public async Task InvokeAsync_Should_SendNothingOfTheResponse_When_TheCommitFails()
    {
        var (context, sent) = Post();
        var session = new RecordingSession(sent, failCommit: true);
        var middleware = new UnitOfWorkMiddleware(Created);

        await Should.ThrowAsync<IOException>(middleware.InvokeAsync(context, session));

        sent.Length.ShouldBe(0, "a 201 for a write that was never stored");
        session.RolledBack.ShouldBeTrue();
        context.Features.Get<IHttpResponseBodyFeature>()!.Stream.ShouldBeSameAs(sent, "the error handler writes to the real body");
    }

    [Fact]
    public async Task InvokeAsync_Should_SendTheWholeResponseAfterTheCommit_When_ItCommits()
    {
        var (context, sent) = Post();
        var session = new RecordingSession(sent, failCommit: false);

        await new UnitOfWorkMiddleware(Created).InvokeAsync(context, session);

        session.SentAtCommit.ShouldBe(0);
        System.Text.Encoding.UTF8.GetString(sent.ToArray()).ShouldBe("{\"id\":7}" + new string('x', 100_000));
        context.Response.StatusCode.ShouldBe(StatusCodes.Status201Created);
    }

    private static async Task Created(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status201Created;
        // Through the pipe writer (minimal APIs' JSON) and the stream, past the buffer's in-memory part.
        await context.Response.BodyWriter.WriteAsync("{\"id\":7}"u8.ToArray());
        await context.Response.BodyWriter.FlushAsync();
        await context.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(new string('x', 100_000)));
    }

    private static (DefaultHttpContext Context, MemoryStream Sent) Post()
    {
        var sent = new MemoryStream();
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(sent));
        return (context, sent);
    }

    private sealed class RecordingSession(MemoryStream sent, bool failCommit) : IDbSession
    {
        public long? SentAtCommit { get; private set; }

        public bool RolledBack { get; private set; }

        public ISqlDialect Dialect => new SqliteDialect();

        public DbTransaction? Transaction => null;

        public string CorrelationId { get; set; } = "";

        public Task<DbConnection> GetConnectionAsync(CancellationToken ct = default) => throw new NotSupportedException();

        public Task<T> RunAsync<T>(Func<DbConnection, Task<T>> command, CancellationToken ct = default) => throw new NotSupportedException();

        public Task BeginAsync(CancellationToken ct = default) => Task.CompletedTask;

        public Task CommitAsync(CancellationToken ct = default)
        {
            SentAtCommit = sent.Length;
            // As a commit whose cluster node died under it.
            return failCommit ? Task.FromException(new IOException("Connection reset by peer")) : Task.CompletedTask;
        }

        public Task RollbackAsync(CancellationToken ct = default)
        {
            RolledBack = true;
            return Task.CompletedTask;
        }

        public void OnCommitting(Func<Task> action) { }

        public void Defer(string sql, IReadOnlyDictionary<string, object?> args) { }

        public void OnCommitted(Func<Task> action) { }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
