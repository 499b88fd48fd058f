using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>Wraps the framework's binders of simple values (text, dates) in <see cref="InputCheckingModelBinder"/>.</summary>
internal sealed class InputCheckingModelBinderProvider(IModelBinderProvider inner) : IModelBinderProvider
{
    private static readonly HashSet<Type> Checked = [typeof(string), typeof(DateOnly), typeof(DateTime)];

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var binder = inner.GetBinder(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return binder != null && Checked.Contains(type) ? new InputCheckingModelBinder(binder) : binder;
    }
}
