using System.Text;
using Hadath.Text.Decoding;
using Hadath.Text.Diagnostics;

namespace Hadath.Text.Tests.Decoding;

public sealed class TextDecoderTests
{
    private readonly TextDecoder _decoder = new();

    [Fact]
    public void Decode_Utf8WithoutBom_ReturnsText() => Assert.Equal("ليبيا", _decoder.Decode(Encoding.UTF8.GetBytes("ليبيا"), "a.txt"));

    [Fact]
    public void Decode_Utf8WithBom_StripsBom()
        => Assert.Equal("ليبيا", _decoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("ليبيا")], "a.txt"));

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_ReturnsText()
        => Assert.Equal("ليبيا", _decoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ليبيا")], "a.txt"));

    [Fact]
    public void Decode_Utf16BigEndianWithBom_ReturnsText()
        => Assert.Equal("ليبيا", _decoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("ليبيا")], "a.txt"));

    [Fact]
    public void Decode_InvalidUtf8_ReportsFileAndByteOffset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("abc"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("def")];
        var e = Assert.Throws<HadathException>(() => _decoder.Decode(bytes, "bad.txt"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(DiagnosticCode.InvalidUtf8, d.Code);
        Assert.Equal(3, d.ByteOffset);
        Assert.StartsWith("bad.txt: byte 3: error HD1004", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_TruncatedMultibyteAtEnd_IsInvalid()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("ليبيا"), 0xD9];
        var e = Assert.Throws<HadathException>(() => _decoder.Decode(bytes, "t.txt"));
        Assert.Equal(10, e.Diagnostics[0].ByteOffset);
    }

    [Fact]
    public void Decode_Empty_IsRejected()
        => Assert.Equal(DiagnosticCode.EmptyInput, Assert.Throws<HadathException>(() => _decoder.Decode([], "e.txt")).Diagnostics[0].Code);

    [Fact]
    public void Decode_OnlyWhitespace_IsRejectedAsEmpty()
        => Assert.Equal(DiagnosticCode.EmptyInput, Assert.Throws<HadathException>(() => _decoder.Decode("  \n\t"u8, "e.txt")).Diagnostics[0].Code);

    [Fact]
    public void Decode_NulByte_IsRejectedAsBinary()
    {
        var e = Assert.Throws<HadathException>(() => _decoder.Decode([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], "a.out"));
        Assert.Equal(DiagnosticCode.BinaryInput, e.Diagnostics[0].Code);
        Assert.Equal(4, e.Diagnostics[0].ByteOffset);
    }

    [Fact]
    public void Decode_LineOverLimit_ReportsLineNumber()
    {
        var decoder = new TextDecoder(maxLineLength: 10);
        var e = Assert.Throws<HadathException>(() => decoder.Decode(Encoding.UTF8.GetBytes("short\n" + new string('x', 11)), "long.txt"));
        Assert.Equal(DiagnosticCode.LineTooLong, e.Diagnostics[0].Code);
        Assert.Equal(2, e.Diagnostics[0].Line);
    }

    [Fact]
    public void FindInvalidUtf8_OverlongEncoding_IsInvalid() => Assert.Equal(0, TextDecoder.FindInvalidUtf8([0xC0, 0xAF]));

    [Fact]
    public void FindInvalidUtf8_EncodedSurrogate_IsInvalid() => Assert.Equal(1, TextDecoder.FindInvalidUtf8([0x41, 0xED, 0xA0, 0x80]));
}
