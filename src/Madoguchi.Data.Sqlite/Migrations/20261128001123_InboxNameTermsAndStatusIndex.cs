using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InboxNameTermsAndStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_ApplicantNameKey",
                table: "Applications");

            migrationBuilder.CreateTable(
                name: "ApplicantNameTerms",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicantNameTerms", x => new { x.ApplicationId, x.Term });
                    table.ForeignKey(
                        name: "FK_ApplicantNameTerms_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Applications stored before this change: their whole name in kanji and in kana, the two
            // halves of the old search key. (Family and given names alone are found for new ones.)
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO "ApplicantNameTerms" ("ApplicationId", "Term", "SubmittedAt")
                SELECT "Id", "Term", "SubmittedAt" FROM (
                    SELECT "Id", "SubmittedAt", CASE WHEN instr("ApplicantNameKey", ' ') > 0 THEN substr("ApplicantNameKey", 1, instr("ApplicantNameKey", ' ') - 1) ELSE "ApplicantNameKey" END AS "Term"
                    FROM "Applications" WHERE "ApplicantNameKey" IS NOT NULL
                    UNION ALL
                    SELECT "Id", "SubmittedAt", substr("ApplicantNameKey", instr("ApplicantNameKey", ' ') + 1)
                    FROM "Applications" WHERE instr("ApplicantNameKey", ' ') > 0)
                WHERE "Term" <> '' AND length("Term") <= 100;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_SubmittedAt_Id",
                table: "Applications",
                columns: new[] { "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicantNameTerms_Term_SubmittedAt_ApplicationId",
                table: "ApplicantNameTerms",
                columns: new[] { "Term", "SubmittedAt", "ApplicationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApplicantNameTerms");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_SubmittedAt_Id",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ApplicantNameKey",
                table: "Applications",
                column: "ApplicantNameKey");
        }
    }
}
