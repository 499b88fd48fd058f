namespace Ektu.Qa.Kernel.Errors;

/// <summary>Someone saved the record after the caller read it.</summary>
public sealed class ConcurrencyConflictException(string entity, Guid id)
    : QaException(ErrorCodes.Conflict, 409, entity, id);
