using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.Kernel.Data;

/// <summary>Optimistic concurrency: updates carry <c>WHERE id=@Id AND version=@Version</c>; zero rows is a conflict.</summary>
public static class Concurrency
{
    /// <summary>Throws <see cref="ConcurrencyConflictException"/> when an optimistic update touched no row.</summary>
    public static void EnsureUpdated(int affectedRows, string entity, Guid id)
    {
        if (affectedRows == 0) throw new ConcurrencyConflictException(entity, id);
    }
}
