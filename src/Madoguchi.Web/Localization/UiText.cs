using System.Collections.Frozen;

namespace Madoguchi.Web.Localization;

/// <summary>Fixed texts of the resident and staff pages, in Japanese and English.</summary>
/// <remarks>
/// Each area keeps its texts in its own file (UiText.&lt;Area&gt;.cs, a method returning a dictionary)
/// listed in <see cref="Texts"/>; a key defined twice stops the application at start-up.
/// </remarks>
internal static partial class UiText
{
    private static readonly FrozenDictionary<string, (string Ja, string En)> Texts = Combine(
        CommonTexts(),
        CasesTexts(),
        CorrectionTexts(),
        SecurityTexts(),
        ExportsTexts());

    private static FrozenDictionary<string, (string Ja, string En)> Combine(params Dictionary<string, (string, string)>[] parts)
    {
        var all = new Dictionary<string, (string Ja, string En)>(StringComparer.Ordinal);
        foreach (var (key, text) in parts.SelectMany(p => p))
        {
            if (!all.TryAdd(key, text))
            {
                throw new InvalidOperationException($"The UI text '{key}' is defined twice.");
            }
        }
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Dictionary<string, (string, string)> CommonTexts() => new()
    {
        ["site.name"] = ("デモ市 オンライン窓口", "Demo City Online Counter"),
        ["site.skip"] = ("本文へ移動", "Skip to main content"),
        ["site.language"] = ("English", "日本語"),
        ["site.footer"] = ("デモ市（架空の市です）　Madoguchi — 自治体のためのオープンソース電子申請", "Demo City (fictitious)  Madoguchi — open-source online services for municipalities"),
        ["catalogue.title"] = ("オンラインでできる手続き", "Procedures you can complete online"),
        ["catalogue.search"] = ("手続きを探す", "Find a procedure"),
        ["catalogue.searchButton"] = ("検索", "Search"),
        ["catalogue.byEvent"] = ("くらしの出来事から探す", "By life event"),
        ["catalogue.byDepartment"] = ("担当課から探す", "By department"),
        ["catalogue.all"] = ("すべての手続き", "All procedures"),
        ["catalogue.none"] = ("条件に合う手続きはありません。言葉を変えて検索してください。", "No procedure matches. Try other words."),
        ["catalogue.count"] = ("{0}件の手続き", "{0} procedures"),
        ["catalogue.status"] = ("申請した手続きの状況を確認する", "Check the status of an application"),
        ["procedure.department"] = ("担当", "Department"),
        ["procedure.whatYouNeed"] = ("用意するもの", "What you need"),
        ["procedure.fee"] = ("手数料", "Fee"),
        ["procedure.free"] = ("無料", "Free"),
        ["procedure.processing"] = ("標準処理期間", "Standard processing time"),
        ["procedure.days"] = ("{0}開庁日", "{0} working days"),
        ["procedure.start"] = ("申請を始める", "Start the application"),
        ["procedure.draftNote"] = ("入力の途中で「一時保存」すると、続きから再開できるリンクが表示されます。", "Use “Save for later” at any time to get a link to continue later."),
        ["form.step"] = ("ステップ {0} / {1}", "Step {0} of {1}"),
        ["form.required"] = ("必須", "Required"),
        ["form.optional"] = ("任意", "Optional"),
        ["form.next"] = ("次へ進む", "Continue"),
        ["form.back"] = ("前に戻る", "Back"),
        ["form.save"] = ("一時保存", "Save for later"),
        ["form.errorTitle"] = ("入力内容を確認してください", "There is a problem"),
        ["form.addItem"] = ("追加する", "Add another"),
        ["form.removeItem"] = ("この項目を削除", "Remove this item"),
        ["form.item"] = ("{0}件目", "Item {0}"),
        ["form.noItems"] = ("まだありません。「追加する」を押してください。", "None yet. Press “Add another”."),
        ["form.yes"] = ("はい", "Yes"),
        ["form.no"] = ("いいえ", "No"),
        ["form.family"] = ("姓", "Family name"),
        ["form.given"] = ("名", "Given name"),
        ["form.familyKana"] = ("セイ（フリガナ）", "Family name (kana)"),
        ["form.givenKana"] = ("メイ（フリガナ）", "Given name (kana)"),
        ["form.postalCode"] = ("郵便番号", "Postal code"),
        ["form.prefecture"] = ("都道府県", "Prefecture"),
        ["form.city"] = ("市区町村", "City"),
        ["form.street"] = ("町名・番地", "Town and block number"),
        ["form.building"] = ("建物名・部屋番号", "Building and room"),
        ["form.bankCode"] = ("金融機関コード（4桁）", "Bank code (4 digits)"),
        ["form.branchCode"] = ("支店コード（3桁）", "Branch code (3 digits)"),
        ["form.accountType"] = ("預金種目", "Account type"),
        ["form.accountNumber"] = ("口座番号（7桁まで）", "Account number (up to 7 digits)"),
        ["form.holderKana"] = ("口座名義（カタカナ）", "Account holder (kana)"),
        ["form.ordinary"] = ("普通", "Ordinary"),
        ["form.current"] = ("当座", "Current"),
        ["form.savings"] = ("貯蓄", "Savings"),
        ["form.dateHint"] = ("例：2025-04-01、令和7年4月1日、R7.4.1", "e.g. 2025-04-01 or 令和7年4月1日"),
        ["form.uploaded"] = ("添付済みのファイル", "Files attached"),
        ["form.removeFile"] = ("このファイルを外す", "Remove this file"),
        ["form.fileHint"] = ("{0}、{1}MBまで、{2}個まで", "{0}, up to {1} MB, up to {2} files"),
        ["form.computed"] = ("自動で計算されます", "Calculated automatically"),
        ["form.saved"] = ("一時保存しました。次のリンクから続きを入力できます（{0}まで有効）。リンクは他の人に知られないようにしてください。", "Saved. Continue later with this link (valid until {0}). Keep it private."),
        ["review.title"] = ("入力内容の確認", "Check your answers"),
        ["review.change"] = ("変更", "Change"),
        ["review.fee"] = ("お支払いいただく手数料", "Fee to pay"),
        ["review.submit"] = ("この内容で申請する", "Submit the application"),
        ["review.lead"] = ("内容に間違いがないか確認して、「この内容で申請する」を押してください。", "Check your answers, then press “Submit the application”."),
        ["review.notAnswered"] = ("（未入力）", "(not answered)"),
        ["expired.title"] = ("一時保存の有効期限が切れています", "This saved application has expired"),
        ["expired.body"] = ("最後に入力・保存してから{0}日を過ぎたため、この申請は送信できません。申請は受け付けていません。お手数ですが、手続きの一覧から、もう一度はじめから入力してください。", "It was last saved more than {0} days ago, so it can no longer be sent. Your application has not been received. Please start again from the list of procedures."),
        ["expired.start"] = ("手続きの一覧へ", "List of procedures"),
        ["complete.title"] = ("申請を受け付けました", "Application received"),
        ["complete.receipt"] = ("受付番号", "Receipt number"),
        ["complete.code"] = ("確認コード", "Access code"),
        ["complete.keep"] = ("受付番号と確認コードは、状況の確認や問い合わせに必要です。控えておいてください。", "You need the receipt number and access code to check the status or to ask about it. Keep them."),
        ["complete.statusLink"] = ("申請の状況を見る", "See the status of your application"),
        ["complete.duplicateFlag"] = ("同じ方からの申請がすでにあるため、担当課で内容を確認します。", "An application from the same person already exists; the department will check it."),
        ["status.title"] = ("申請状況の確認", "Application status"),
        ["status.lookup"] = ("受付番号と確認コードを入力してください。", "Enter your receipt number and access code."),
        ["status.lookupButton"] = ("確認する", "Check"),
        ["status.notFound"] = ("受付番号または確認コードが正しくありません。", "The receipt number or access code is not correct."),
        ["status.procedure"] = ("手続き", "Procedure"),
        ["status.submittedAt"] = ("申請日時", "Submitted"),
        ["status.dueOn"] = ("処理予定日（標準処理期間による目安）", "Expected by (standard processing time)"),
        ["postal.filled"] = ("郵便番号から住所を入力しました。番地などを続けて入力してください。", "The address was filled in from the postal code. Add the block number."),
        ["postal.several"] = ("この郵便番号には複数の地域があります。町名を確認してください。", "This postal code covers several areas; check the town."),
        ["status.status"] = ("状況", "Status"),
        ["status.withdraw"] = ("この申請を取り下げる", "Withdraw this application"),
        ["status.withdrawConfirm"] = ("取り下げると元に戻せません。取り下げてよければ、確認のためチェックを入れてください。", "Withdrawing cannot be undone. Tick to confirm."),
        ["status.withdrawCheck"] = ("取り下げに同意します", "I want to withdraw"),
        ["status.withdrawn"] = ("申請を取り下げました。", "The application has been withdrawn."),
        ["status.withdrawNeedsCheck"] = ("取り下げるには、確認のチェックを入れてください。", "Tick the box to confirm the withdrawal."),
        ["status.Received"] = ("受付", "Received"),
        ["status.UnderReview"] = ("審査中", "Under review"),
        ["status.CorrectionRequested"] = ("補正待ち", "Correction requested"),
        ["status.AwaitingApproval"] = ("決裁待ち", "Awaiting approval"),
        ["status.Completed"] = ("完了", "Completed"),
        ["status.Rejected"] = ("却下", "Rejected"),
        ["status.Withdrawn"] = ("取下げ", "Withdrawn"),
        ["staff.title"] = ("職員用ページ", "Staff pages"),
        ["staff.login"] = ("職員ログイン", "Staff sign-in"),
        ["staff.userName"] = ("ログインID", "User name"),
        ["staff.password"] = ("パスワード", "Password"),
        ["staff.loginButton"] = ("ログイン", "Sign in"),
        ["staff.loginFailed"] = ("ログインIDまたはパスワードが正しくないか、このアカウントは一時的にログインできません。しばらくしてからもう一度お試しください。", "The user name or password is not correct, or the account is temporarily locked. Try again later."),
        ["staff.logout"] = ("ログアウト", "Sign out"),
        ["staff.signedInAs"] = ("{0} でログイン中", "Signed in as {0}"),
        ["staff.inbox"] = ("申請一覧", "Applications"),
        ["staff.search"] = ("受付番号で探す", "Find by receipt number"),
        ["staff.statusFilter"] = ("状況で絞り込む", "Filter by status"),
        ["staff.allStatuses"] = ("すべて", "All"),
        ["staff.filterButton"] = ("表示する", "Show"),
        ["staff.applicant"] = ("申請者", "Applicant"),
        ["staff.submittedAt"] = ("受付日時", "Received"),
        ["staff.dueOn"] = ("処理期限", "Due"),
        ["staff.overdue"] = ("期限超過", "Overdue"),
        ["staff.none"] = ("該当する申請はありません。", "No applications match."),
        ["staff.next"] = ("次の50件", "Next 50"),
        ["staff.first"] = ("最初のページへ", "First page"),
        ["staff.answers"] = ("申請内容", "Answers"),
        ["staff.attachments"] = ("添付ファイル", "Attachments"),
        ["staff.noAttachments"] = ("添付ファイルはありません。", "No attachments."),
        ["staff.formVersion"] = ("様式の版", "Form version"),
        ["staff.department"] = ("担当課", "Department"),
        ["staff.backToInbox"] = ("申請一覧に戻る", "Back to applications"),
    };

    public static string Get(string key, string language) =>
        Texts.TryGetValue(key, out var t) ? (language == "en" ? t.En : t.Ja) : key;
}
