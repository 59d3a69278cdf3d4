using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Postgres.Migrations
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
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                INSERT INTO "ApplicantNameTerms" ("ApplicationId", "Term", "SubmittedAt")
                SELECT "Id", "Term", "SubmittedAt" FROM (
                    SELECT "Id", "SubmittedAt", split_part("ApplicantNameKey", ' ', 1) AS "Term" FROM "Applications" WHERE "ApplicantNameKey" IS NOT NULL
                    UNION ALL
                    SELECT "Id", "SubmittedAt", split_part("ApplicantNameKey", ' ', 2) FROM "Applications" WHERE "ApplicantNameKey" IS NOT NULL) AS parts
                WHERE "Term" <> '' AND char_length("Term") <= 100
                ON CONFLICT DO NOTHING;
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
