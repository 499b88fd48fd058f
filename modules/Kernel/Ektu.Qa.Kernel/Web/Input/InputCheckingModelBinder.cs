using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Input;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>
/// A form or query value bound by the framework's own binder, then refused as the API refuses it: text with control
/// characters, a date outside <see cref="DateWindow"/>. The field gets the error and keeps no value.
/// </summary>
internal sealed class InputCheckingModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext context)
    {
        await inner.BindModelAsync(context);
        if (!context.Result.IsModelSet) return;
        var (code, args) = context.Result.Model switch
        {
            string s when InputText.HasControlCharacters(s) => (ErrorCodes.ControlCharacters, Array.Empty<object>()),
            DateOnly d when !DateWindow.Contains(d) => (ErrorCodes.DateOutOfRange, DateWindow.MessageArgs()),
            DateTime t when !DateWindow.Contains(t) => (ErrorCodes.DateOutOfRange, DateWindow.MessageArgs()),
            _ => ((string?)null, Array.Empty<object>()),
        };
        if (code == null) return;
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
        context.ModelState.TryAddModelError(context.ModelName, l[code, args].Value);
        context.Result = ModelBindingResult.Failed();
    }
}
