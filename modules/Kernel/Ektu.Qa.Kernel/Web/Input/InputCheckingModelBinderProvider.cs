using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>Wraps the framework's binders of simple values (text, numbers, dates, ids, choices) in <see cref="InputCheckingModelBinder"/>.</summary>
internal sealed class InputCheckingModelBinderProvider(IModelBinderProvider inner) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        inner.GetBinder(context) is { } binder ? new InputCheckingModelBinder(binder) : null;
}
