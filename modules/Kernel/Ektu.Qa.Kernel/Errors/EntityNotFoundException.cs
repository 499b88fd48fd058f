namespace Ektu.Qa.Kernel.Errors;

/// <summary>Unknown id, or a record outside the caller's organisation scope (never told apart: no leak).</summary>
public sealed class EntityNotFoundException(string entity, object id)
    : QaException(ErrorCodes.NotFound, 404, entity, id);
