using Ektu.Qa.Kernel.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// Base page: runs an app-service call and turns business errors into what a person sees — field errors in the
/// current language, a conflict message (409) that keeps the typed values, a 404 for unknown or foreign records.
/// </summary>
public abstract class QaPageModel : PageModel
{
    protected IStringLocalizer L => HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();

    /// <summary>The university's wall clock, for every time an export or a message shows a person.</summary>
    protected Timing.IUserClock Clock => HttpContext.RequestServices.GetRequiredService<Timing.IUserClock>();

    /// <summary>Field name prefix of the bound input ("Input."), so errors land beside the right field.</summary>
    protected virtual string FieldPrefix => "Input.";

    /// <summary>
    /// The confirmation the layout shows after a post that succeeded and redirected (a localization key; null for none,
    /// e.g. signing in). Set <see cref="StatusMessage"/> in a handler for a more specific text.
    /// </summary>
    protected virtual string? SavedMessageKey => "App:Saved";

    /// <summary>The localized confirmation the next page shows (kept in TempData across the redirect).</summary>
    protected string? StatusMessage
    {
        get => TempData.Peek(Web.StatusMessage.TempDataKey) as string;
        set => TempData[Web.StatusMessage.TempDataKey] = value;
    }

    /// <summary>Reloads what the page shows besides the posted input, when a post fails and the page is shown again.</summary>
    protected virtual Task ReloadAsync() => Task.CompletedTask;

    /// <summary>
    /// A post with a refused value (a date outside the window, control characters, a typed value that does not parse) is
    /// shown again with the field errors and a 400 before its handler runs: handlers clear the model state and would
    /// otherwise save what was left behind. An empty value keeps its old path (the app service validates the default).
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method)
            && HttpContext.Items.ContainsKey(Input.InputCheckingModelBinder.Refused))
        {
            context.Result = await TryAsync(async () =>
            {
                await ReloadAsync();
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            });
            return;
        }
        if (!HttpMethods.IsGet(Request.Method) && await IsFormUnreadableAsync())
        {
            context.Result = new BadRequestResult();
            return;
        }
        var executed = await next();
        // Every successful save ends in a redirect (post/redirect/get): the page it lands on says that it worked.
        if (!HttpMethods.IsGet(Request.Method) && executed.Exception == null && executed.Result is RedirectToPageResult or RedirectResult
                or LocalRedirectResult or RedirectToRouteResult && SavedMessageKey != null && StatusMessage == null)
            StatusMessage = L[SavedMessageKey].Value;
    }

    /// <summary>
    /// A NUL typed into a url-encoded form (%00) makes the framework's form reader throw: binding then leaves every field
    /// empty without a word, and a handler that reads <c>Request.Form</c> fails with a 500. Nothing of such a form can be
    /// read back, and the page cannot be drawn again either (its tag helpers read the form too): the error page answers 400.
    /// </summary>
    private async Task<bool> IsFormUnreadableAsync()
    {
        if (!Request.HasFormContentType) return false;
        try
        {
            await Request.ReadFormAsync(HttpContext.RequestAborted);
            return false;
        }
        catch (InvalidDataException)
        {
            return true;
        }
    }

    /// <summary>
    /// A post's one path: runs <paramref name="action"/> and, when it succeeds, returns <paramref name="redirect"/>
    /// (post/redirect/get); a refused call shows the page again with its errors (<see cref="TryAsync"/>), reloaded by
    /// <paramref name="reload"/> when given. Model state is cleared once, first: the app service validates and reports
    /// localized field errors, and MVC's implicit (English) ones would duplicate them.
    /// </summary>
    protected Task<IActionResult> RunAndRedirectAsync(Func<Task> action, Func<IActionResult> redirect, Func<Task>? reload = null) =>
        RunAndRedirectAsync(async () =>
        {
            await action();
            return redirect();
        }, reload);

    /// <summary>As the overload above, for an action that returns its redirect (to the record it created).</summary>
    protected async Task<IActionResult> RunAndRedirectAsync(Func<Task<IActionResult>> action, Func<Task>? reload = null)
    {
        ModelState.Clear();
        var result = await TryAsync(action);
        if (result is not PageResult || reload == null) return result;
        // What the page shows besides the posted input; a record that vanished meanwhile answers 404.
        return await TryAsync(async () =>
        {
            await reload();
            return result;
        });
    }

    protected async Task<IActionResult> TryAsync(Func<Task<IActionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ValidationException e)
        {
            foreach (var (field, codes) in e.Errors)
                foreach (var code in codes)
                    ModelState.AddModelError(FieldPrefix + field, L[code]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ReloadAsync();
            return Page();
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        catch (QaException e) when (e.Status != 500)
        {
            ModelState.AddModelError(string.Empty, L[e.Code, e.Args]);
            Response.StatusCode = e.Status;
            if (e is TooManyRequestsException t) Response.Headers.RetryAfter =
                t.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ReloadAsync();
            return Page();
        }
    }
}
