using System.Data.Common;
using System.Net.Sockets;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// A failure of the database connection rather than of the work: a driver error the driver calls transient (deadlock, lock
/// wait, a host it could not reach), or the connection's socket closing under a command (a server or cluster node that died).
/// Work that failed so was rolled back and may run again on a new connection.
/// </summary>
public static class TransientDbFailure
{
    public static bool Is(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is DbException { IsTransient: true } or IOException or SocketException) return true;
        return false;
    }

    /// <summary>
    /// The connection itself was lost (its socket closed or reset under a command: a server or node that died), as opposed
    /// to a transient failure of the work on a live connection (a deadlock).
    /// </summary>
    public static bool IsConnectionLost(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is IOException or SocketException) return true;
        return false;
    }
}
