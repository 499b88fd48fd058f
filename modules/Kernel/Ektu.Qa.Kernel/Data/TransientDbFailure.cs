using System.Data.Common;
using System.Net.Sockets;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// A failure of the database connection rather than of the work: a driver error the driver calls transient (deadlock, lock
/// wait, a host it could not reach), a cluster node that is not ready for a moment, or the connection's socket closing
/// under a command (a server or cluster node that died).
/// Work that failed so was rolled back and may run again on a new connection.
/// </summary>
public static class TransientDbFailure
{
    public static bool Is(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is DbException { IsTransient: true } or IOException or SocketException || IsClusterNodeUnready(ex)) return true;
        return false;
    }

    /// <summary>
    /// Errors a Galera node answers while the cluster drops a dead member, which the driver does not call transient: 1047
    /// "WSREP has not yet prepared node for application use" (the node is not in the primary component for a moment),
    /// 1053 server shutdown in progress (both SQLSTATE 08S01, a communication failure), 1927 connection killed (70100).
    /// </summary>
    private static bool IsClusterNodeUnready(Exception ex) => ex is DbException { SqlState: "08S01" or "70100" };

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
