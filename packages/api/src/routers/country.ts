import { CreateCountryInput, UpdateCountryInput } from "@plenary/domain";
import { referenceRouter } from "./reference-router";

export const countryRouter = referenceRouter((repos) => repos.countries, {
  create: CreateCountryInput,
  update: UpdateCountryInput,
});
