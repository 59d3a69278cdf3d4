namespace Madoguchi.Japanese.Phone;

public enum PhoneNumberKind
{
    /// <summary>固定電話: 0 + area code + local number, 10 digits.</summary>
    FixedLine,

    /// <summary>携帯電話: 070, 080, 090 + 8 digits.</summary>
    Mobile,

    /// <summary>IP電話: 050 + 8 digits.</summary>
    IpPhone,

    /// <summary>フリーダイヤル: 0120 + 6 digits or 0800 + 7 digits.</summary>
    FreeDial,

    /// <summary>ナビダイヤル: 0570 + 6 digits.</summary>
    NaviDial,
}
