using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Madoguchi.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReceiptSequences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_ReceiptNumber",
                table: "Applications");

            migrationBuilder.AddColumn<long>(
                name: "ReceiptSequence",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReceiptCounter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptCounter", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ReceiptCounter",
                columns: new[] { "Id", "Next" },
                values: new object[] { 1, 1L });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReceiptSequence",
                table: "Applications",
                column: "ReceiptSequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceiptCounter");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ReceiptSequence",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ReceiptSequence",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReceiptNumber",
                table: "Applications",
                column: "ReceiptNumber",
                unique: true);
        }
    }
}
