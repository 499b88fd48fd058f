using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>
/// The allowed moves of a document and of an edition: Draft → Approved → InForce → Superseded; Cancelled from
/// Draft, Approved or InForce. Superseded and Cancelled are final.
/// </summary>
internal static class DocumentLifecycle
{
    private static readonly Dictionary<DocumentState, DocumentState[]> Allowed = new()
    {
        [DocumentState.Draft] = [DocumentState.Approved, DocumentState.Cancelled],
        [DocumentState.Approved] = [DocumentState.InForce, DocumentState.Cancelled],
        [DocumentState.InForce] = [DocumentState.Superseded, DocumentState.Cancelled],
        [DocumentState.Superseded] = [],
        [DocumentState.Cancelled] = [],
    };

    public static bool CanMove(DocumentState from, DocumentState to) => Allowed[from].Contains(to);

    /// <summary>Throws <see cref="QualityPolicyErrorCodes.InvalidTransition"/> (409) for a move the life cycle does not allow.</summary>
    public static void EnsureCanMove(DocumentState from, DocumentState to)
    {
        if (!CanMove(from, to)) throw new QaException(QualityPolicyErrorCodes.InvalidTransition, 409, from, to);
    }

    public static bool IsClosed(DocumentState state) => state is DocumentState.Superseded or DocumentState.Cancelled;
}
