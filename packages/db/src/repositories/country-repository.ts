import type { Country, CreateCountryInput, UpdateCountryInput } from "@plenary/domain";
import type { Db } from "../client";
import { toCountry } from "./mappers";
import { ReferenceRepository } from "./reference-repository";
import { publicCountry } from "./visibility";

export class CountryRepository extends ReferenceRepository<Country, CreateCountryInput, UpdateCountryInput> {
  constructor(db: Db) {
    super(db, {
      entityType: "country",
      table: (client) => client.country,
      toEntity: toCountry,
      publicWhere: publicCountry,
      orderBy: { slug: "asc" },
      nameOf: (input) => input.nameI18n as Country["nameI18n"],
    });
  }
}
