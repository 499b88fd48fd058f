using System.IO.Compression;
using System.Net.Http.Headers;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Kernel.Web.Uploads;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Tests.Web;

/// <summary>The Kernel's upload plumbing: the checks every module's upload passes, the multipart reader, the download result.</summary>
public sealed class UploadsTests
{
    private static readonly UploadRules Rules = new(1024, 20, "Test:FileRequired", ["docx"]);

    private static string CodeOf(Func<Task> read) => Should.Throw<ValidationException>(read).Errors["File"].Single();

    [Fact]
    public async Task ReadAsync_Should_ReturnBytesKindAndBareName_When_UploadPassesEveryCheck()
    {
        var docx = Docx();
        var upload = await UploadCheck.ReadAsync(@"  C:\fakepath\plan.docx ".Replace('\\', '/'), new MemoryStream(docx), Rules, default);
        upload.Kind.ShouldBe("docx");
        upload.FileName.ShouldBe("plan.docx");
        upload.Content.ShouldBe(docx);
    }

    [Fact]
    public void ReadAsync_Should_RefuseWithTheModulesCode_When_FileIsMissingOrEmpty()
    {
        CodeOf(() => UploadCheck.ReadAsync("plan.docx", null, Rules, default)).ShouldBe("Test:FileRequired");
        CodeOf(() => UploadCheck.ReadAsync(" ", new MemoryStream(Docx()), Rules, default)).ShouldBe("Test:FileRequired");
        CodeOf(() => UploadCheck.ReadAsync("plan.docx", new MemoryStream(), Rules, default)).ShouldBe("Test:FileRequired");
    }

    [Fact]
    public void ReadAsync_Should_Refuse_When_NameIsLongerOrContentLargerThanTheRules()
    {
        CodeOf(() => UploadCheck.ReadAsync(new string('a', 16) + ".docx", new MemoryStream(Docx()), Rules, default)).ShouldBe(ErrorCodes.TooLong);
        CodeOf(() => UploadCheck.ReadAsync("plan.docx", new MemoryStream(new byte[1025]), Rules, default)).ShouldBe(ErrorCodes.FileTooLarge);
    }

    [Fact]
    public void ReadAsync_Should_NameTheRulesField_When_ContentIsNotAnAllowedKind()
    {
        var rules = Rules with { Field = "Scan" };
        Should.Throw<ValidationException>(() => UploadCheck.ReadAsync("plan.docx", new MemoryStream("MZ not a document"u8.ToArray()), rules, default))
            .Errors.Keys.ShouldBe(["Scan"]);
    }

    [Fact]
    public async Task ReadUploadAsync_Should_ReadFileAndVersion_When_FormCarriesBoth()
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("7"), "version" },
            { new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "order.pdf" },
        };
        var request = await RequestAsync(form);

        var (fileName, version, content) = await request.ReadUploadAsync(default);

        fileName.ShouldBe("order.pdf");
        version.ShouldBe(7);
        using var read = new MemoryStream();
        await content!.CopyToAsync(read);
        read.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
    }

    [Fact]
    public async Task ReadUploadAsync_Should_LeaveFieldsEmpty_When_FormHasNoFileAndNoNumber()
    {
        var request = await RequestAsync(new MultipartFormDataContent { { new StringContent("seven"), "version" } });
        (await request.ReadUploadAsync(default)).ShouldBe(new FormUpload("", 0, null));
        (await new DefaultHttpContext().Request.ReadUploadAsync(default)).ShouldBe(new FormUpload("", 0, null));
    }

    [Fact]
    public void ToActionResult_Should_SendTheFileUnderItsName_When_Downloaded()
    {
        var stream = new MemoryStream([1]);
        var result = new FileDownload("minutes.docx", "application/x-test", stream).ToActionResult();
        result.FileDownloadName.ShouldBe("minutes.docx");
        result.ContentType.ShouldBe("application/x-test");
        result.FileStream.ShouldBeSameAs(stream);
    }

    private static async Task<HttpRequest> RequestAsync(MultipartFormDataContent form)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = form.Headers.ContentType!.ToString();
        var body = new MemoryStream();
        await form.CopyToAsync(body);
        body.Position = 0;
        context.Request.Body = body;
        return context.Request;
    }

    private static byte[] Docx()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "word/document.xml" })
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open());
                w.Write("<x/>");
            }
        }
        return ms.ToArray();
    }
}
