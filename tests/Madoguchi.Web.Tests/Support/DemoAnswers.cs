using System.Globalization;
using System.Text.Json.Nodes;

namespace Madoguchi.Web.Tests.Support;

/// <summary>
/// A valid set of answers for each demo procedure, as a resident would type them (strings,
/// full-width digits and 和暦 included). Dates relative to today are filled in when asked for.
/// </summary>
public static class DemoAnswers
{
    public static readonly string[] Procedures =
        ["juminhyo", "zei-shomei", "sodai-gomi", "inu-toroku", "jido-teate", "doro-tsuho", "shisetsu-shiyo"];

    /// <summary>Procedures whose valid answers need no uploaded file, so the JSON API can submit them.</summary>
    public static readonly string[] WithoutRequiredFiles =
        ["sodai-gomi", "inu-toroku", "jido-teate", "doro-tsuho", "shisetsu-shiyo"];

    public static JsonObject For(string procedure, string? uniqueName = null) => procedure switch
    {
        "juminhyo" => Parse($$"""
            {
              "requesterName": {{Name(uniqueName ?? "山田")}},
              "requesterBirthDate": "昭和60年4月1日",
              "requesterAddress": {{Address()}},
              "requestType": "self",
              "scope": "one",
              "copies": "２",
              "includeItems": ["householdHead"],
              "purpose": "employment",
              "deliveryTo": "registered",
              "idType": "driversLicence",
              "phone": "0744-22-4001",
              "email": "taro@example.jp"
            }
            """),
        "zei-shomei" => Parse($$"""
            {
              "requesterName": {{Name(uniqueName ?? "佐藤")}},
              "requesterBirthDate": "1980-01-15",
              "requesterAddress": {{Address()}},
              "requestType": "self",
              "certificates": [ { "kind": "incomeTax", "fiscalYear": "latest", "copies": "1" }, { "kind": "nonTaxable", "fiscalYear": "minus1", "copies": "2" } ],
              "purpose": "daycare",
              "phone": "090-1234-5678",
              "email": "sato@example.jp"
            }
            """),
        "sodai-gomi" => Parse($$"""
            {
              "items": [ { "itemKind": "chair", "size": "small", "quantity": "2" }, { "itemKind": "sofa", "size": "large", "quantity": "1" } ],
              "collectionDate": "{{Date(7)}}",
              "applicantName": {{Name(uniqueName ?? "鈴木")}},
              "collectionAddress": {{Address()}},
              "phone": "0744-22-4001",
              "email": "suzuki@example.jp",
              "consentPlacement": "true"
            }
            """),
        "inu-toroku" => Parse($$"""
            {
              "ownerName": {{Name(uniqueName ?? "高橋")}},
              "ownerAddress": {{Address()}},
              "ownerPhone": "080-1111-2222",
              "ownerEmail": "takahashi@example.jp",
              "dogName": "ポチ",
              "breed": "柴犬",
              "coatColour": "赤",
              "sex": "male",
              "neutered": "false",
              "dogBirthDate": "{{Date(-400)}}",
              "acquiredDate": "{{Date(-300)}}",
              "microchipped": "true",
              "vaccinated": "false",
              "consent": "true"
            }
            """),
        "jido-teate" => Parse($$"""
            {
              "employmentType": "employee",
              "applicantName": {{Name(uniqueName ?? "伊藤")}},
              "applicantIndividualNumber": "{{IndividualNumber(uniqueName)}}",
              "applicantBirthDate": "平成2年5月20日",
              "applicantAddress": {{Address()}},
              "applicantPhone": "0744-22-4001",
              "applicantEmail": "ito@example.jp",
              "mainEarner": "true",
              "movedIn": "false",
              "householdMembers": [ { "memberName": {{Name("伊藤", "花子", "イトウ", "ハナコ")}}, "relationship": "spouse", "memberBirthDate": "1991-03-03", "livesTogether": "true" } ],
              "children": [ { "childName": {{Name("伊藤", "一郎", "イトウ", "イチロウ")}}, "childIndividualNumber": "234567890121", "childBirthDate": "{{Date(-2000)}}", "childRelationship": "child", "childLivesTogether": "true" } ],
              "bankAccount": { "bankCode": "0001", "branchCode": "001", "accountType": "ordinary", "accountNumber": "1234567", "holderKana": "イトウ タロウ" },
              "consentPublicRecords": "true",
              "consentTruth": "true"
            }
            """),
        "doro-tsuho" => Parse("""
            {
              "problemKind": "pothole",
              "details": "車道に直径30cmほどの穴があります。",
              "locationDescription": "デモ市役所前の交差点から北へ50m、歩道側",
              "wantsContact": "false",
              "consentShare": "true"
            }
            """),
        "shisetsu-shiyo" => Parse($$"""
            {
              "facility": "meetingA",
              "useDate": "{{Date(10)}}",
              "startTime": "10:00",
              "hours": "2",
              "attendees": "8",
              "purpose": "meeting",
              "eventName": "自治会役員会",
              "commercialUse": "false",
              "applicantType": "individual",
              "applicantName": {{Name(uniqueName ?? "中村")}},
              "applicantAddress": {{Address()}},
              "applicantPhone": "0744-22-4001",
              "applicantEmail": "nakamura@example.jp",
              "consentRules": "true"
            }
            """),
        _ => throw new ArgumentOutOfRangeException(nameof(procedure), procedure, null),
    };

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    private static string Name(string family, string given = "太郎", string familyKana = "やまだ", string givenKana = "たろう") =>
        new JsonObject { ["family"] = family, ["given"] = given, ["familyKana"] = familyKana, ["givenKana"] = givenKana }.ToJsonString();

    private static string Address() =>
        """{ "postalCode": "634-0078", "prefecture": "奈良県", "city": "デモ市", "street": "八木町1丁目1-18", "building": "" }""";

    private static string Date(int daysFromToday) =>
        DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid 個人番号 (check digit per 番号法施行令 第8条) that differs per name.</summary>
    public static string IndividualNumber(string? seed)
    {
        var body = seed is null ? "12345678901" : (Math.Abs(StableHash(seed)) % 100_000_000_000L).ToString("D11", CultureInfo.InvariantCulture);
        return body + CheckDigit(body);
    }

    public static int CheckDigit(string elevenDigits)
    {
        int[] weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += (elevenDigits[i] - '0') * weights[i];
        }
        var r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    private static long StableHash(string s)
    {
        long h = 1469598103934665603;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211;
        }
        return h == long.MinValue ? 0 : h;
    }
}
