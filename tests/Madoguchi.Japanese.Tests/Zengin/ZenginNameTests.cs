using FsCheck.Xunit;

using Madoguchi.Japanese.Zengin;

namespace Madoguchi.Japanese.Tests.Zengin;

[Properties(Arbitrary = [typeof(TextGenerators)])]
public class ZenginNameTests
{
    [Theory]
    [InlineData("ヤマダ タロウ", "ﾔﾏﾀﾞ ﾀﾛｳ")]
    [InlineData("やまだ　たろう", "ﾔﾏﾀﾞ ﾀﾛｳ")]
    [InlineData("ｷｬﾉﾝ", "ｷﾔﾉﾝ")]
    [InlineData("キャッシュ", "ｷﾔﾂｼﾕ")]
    [InlineData("ァィゥェォャュョッ", "ｱｲｳｴｵﾔﾕﾖﾂ")]
    [InlineData("ヴァイオリン", "ｳﾞｱｲｵﾘﾝ")]
    [InlineData("パーク", "ﾊﾟ-ｸ")]
    [InlineData("コーポ・ＡＢＣ", "ｺ-ﾎﾟ.ABC")]
    [InlineData("abc 123", "ABC 123")]
    [InlineData("ヰヱヲ", "ｲｴｦ")]
    [InlineData("（カ）「ヤマ」／１，２", "(ｶ)｢ﾔﾏ｣/1,2")]
    [InlineData("￥", "\\")]
    public void Converts_to_half_width_transfer_characters(string input, string expected)
    {
        Validated<string> result = ZenginName.ToTransferName(input);
        Assert.True(result.IsValid, result.Error?.En);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("カブシキガイシャ ヤマダ", "ｶ)ﾔﾏﾀﾞ")]
    [InlineData("株式会社ヤマダ", "ｶ)ﾔﾏﾀﾞ")]
    [InlineData("ヤマダ カブシキガイシャ", "ﾔﾏﾀﾞ(ｶ")]
    [InlineData("ヤマダ カブシキガイシャ トウキョウシテン", "ﾔﾏﾀﾞ(ｶ)ﾄｳｷﾖｳｼﾃﾝ")]
    [InlineData("イッパンシャダンホウジン ミドリ", "ｼﾔ)ﾐﾄﾞﾘ")]
    [InlineData("ゴウドウガイシャ アオ", "ﾄﾞ)ｱｵ")]
    [InlineData("㈲タナカ", "ﾕ)ﾀﾅｶ")]
    public void Abbreviates_corporate_forms_when_asked(string input, string expected) =>
        Assert.Equal(expected, ZenginName.ToTransferName(input, abbreviateCorporateForms: true).Value);

    [Theory]
    [InlineData("山田タロウ", "1", "「山」")]
    [InlineData("ヤマダ＆コ", "4", "「＆」")]
    [InlineData("ヤマダ😀", "4", "😀")]
    [InlineData("ヤマダ\u0000", "4", "U+0000")]
    public void Rejects_unrepresentable_characters_naming_them(string input, string position, string shown)
    {
        Validated<string> result = ZenginName.ToTransferName(input);
        Assert.False(result.IsValid);
        Assert.Contains(position + "文字目", result.Error!.Ja, StringComparison.Ordinal);
        Assert.Contains(shown, result.Error.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_names_longer_than_the_record_field() =>
        Assert.False(ZenginName.ToTransferName(new string('ガ', 16)).IsValid);

    [Property]
    public bool Output_uses_only_allowed_characters_and_is_stable(JapaneseText input)
    {
        Validated<string> result = ZenginName.ToTransferName(input.Value, maxLength: int.MaxValue);
        return !result.IsValid
            || (result.Value!.All(ZenginName.IsAllowed) && ZenginName.ToTransferName(result.Value, maxLength: int.MaxValue).Value == result.Value);
    }

    [Property]
    public bool Never_throws(RawUtf16 input) => ZenginName.ToTransferName(input.Value) is not null;
}
