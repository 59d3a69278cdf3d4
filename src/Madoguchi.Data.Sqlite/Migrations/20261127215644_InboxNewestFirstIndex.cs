using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InboxNewestFirstIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Applications_SubmittedAt_Id",
                table: "Applications",
                columns: new[] { "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_SubmittedAt_Id",
                table: "Applications");
        }
    }
}
