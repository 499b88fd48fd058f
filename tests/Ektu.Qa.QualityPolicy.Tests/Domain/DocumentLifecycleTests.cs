using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QualityPolicy.Documents;

namespace Ektu.Qa.QualityPolicy.Tests.Domain;

public sealed class DocumentLifecycleTests
{
    [Theory]
    [InlineData(DocumentState.Draft, DocumentState.Approved)]
    [InlineData(DocumentState.Approved, DocumentState.InForce)]
    [InlineData(DocumentState.InForce, DocumentState.Superseded)]
    [InlineData(DocumentState.Draft, DocumentState.Cancelled)]
    [InlineData(DocumentState.Approved, DocumentState.Cancelled)]
    [InlineData(DocumentState.InForce, DocumentState.Cancelled)]
    public void EnsureCanMove_Should_Pass_When_TransitionAllowed(DocumentState from, DocumentState to) =>
        Should.NotThrow(() => DocumentLifecycle.EnsureCanMove(from, to));

    [Theory]
    [InlineData(DocumentState.Draft, DocumentState.InForce)]
    [InlineData(DocumentState.Draft, DocumentState.Superseded)]
    [InlineData(DocumentState.Approved, DocumentState.Draft)]
    [InlineData(DocumentState.InForce, DocumentState.Approved)]
    [InlineData(DocumentState.Superseded, DocumentState.InForce)]
    [InlineData(DocumentState.Cancelled, DocumentState.Draft)]
    [InlineData(DocumentState.Cancelled, DocumentState.Cancelled)]
    public void EnsureCanMove_Should_Throw_When_TransitionIllegal(DocumentState from, DocumentState to)
    {
        var e = Should.Throw<QaException>(() => DocumentLifecycle.EnsureCanMove(from, to));
        e.Code.ShouldBe(QualityPolicyErrorCodes.InvalidTransition);
        e.Status.ShouldBe(409);
    }
}
