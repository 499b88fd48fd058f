using System.Net.Sockets;
using Ektu.Qa.Kernel.Data;
using Microsoft.Data.Sqlite;

namespace Ektu.Qa.Kernel.Tests.Data;

public sealed class TransientDbFailureTests
{
    [Fact]
    public void Is_Should_FindAClosedConnection_When_ItIsWrappedInTheDriversError()
    {
        var lost = new InvalidOperationException("Failed to read the result set.", new EndOfStreamException("socket closed"));

        TransientDbFailure.Is(lost).ShouldBeTrue();
        TransientDbFailure.Is(new SocketException((int)SocketError.ConnectionRefused)).ShouldBeTrue();
    }

    [Fact]
    public void Is_Should_RefuseTheWorksOwnErrors_When_TheConnectionIsFine()
    {
        TransientDbFailure.Is(new InvalidOperationException("the generator failed")).ShouldBeFalse();
        TransientDbFailure.Is(new SqliteException("UNIQUE constraint failed", 19)).ShouldBeFalse();
        TransientDbFailure.Is(null).ShouldBeFalse();
    }
}
