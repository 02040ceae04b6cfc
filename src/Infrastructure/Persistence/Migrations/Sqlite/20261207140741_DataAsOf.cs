using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DataAsOf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DataAsOf",
                table: "MetricRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DataAsOf",
                table: "Influencers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_DataAsOf_Id",
                table: "Influencers",
                columns: new[] { "DataAsOf", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Influencers_DataAsOf_Id",
                table: "Influencers");

            migrationBuilder.DropColumn(
                name: "DataAsOf",
                table: "MetricRuns");

            migrationBuilder.DropColumn(
                name: "DataAsOf",
                table: "Influencers");
        }
    }
}
