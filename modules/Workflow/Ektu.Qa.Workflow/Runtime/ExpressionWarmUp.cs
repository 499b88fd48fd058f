using Ektu.Qa.Workflow.Engine.Expressions;
using Microsoft.Extensions.Hosting;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>Warms the expression engine in the background at host start: the first step would otherwise pay for it under a write lock.</summary>
internal sealed class ExpressionWarmUp : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(ExpressionRuntime.WarmUp, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
