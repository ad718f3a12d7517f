import { guessLanguage, parseBudget } from "../src/import/field-values";
it("x", () => {
  const texts = {
    es1: "La OIM apoya a la Unión Europea en la lucha contra la trata de personas en la región.",
    es2: "La OIM firmó hoy un acuerdo con el Gobierno de Colombia para fortalecer la prevención de la trata de personas y la asistencia a las víctimas.",
    es3: "Nuevos recursos para la lucha contra la trata en Colombia",
    fr1: "En Colombie, l'OIM a signé un accord en faveur de la prévention de la traite en 2010.",
    fr2: "Nouvelles ressources pour les efforts de lutte contre la traite",
    en1: "IOM signs agreement with Colombia on counter-trafficking",
    en2: "New resources for counter-trafficking efforts in Colombia",
    es4: "Elaboración de un plan regional de gestión de la migración en América del Sur",
    fr4: "Élaboration d’un plan régional de gestion des migrations en Amérique du Sud",
  };
  for (const [k, t] of Object.entries(texts)) console.log(k, guessLanguage(t));
  for (const b of ["US$ 25,000", "25,000", "1,5", "25.000", "1.234.567,89", "USD 64,240.00", "$1,000,000", "12,34,567", "1 234 567", "25 000,50", "0.5", "000", "1e5", "25,000.123"]) { try { console.log(b, parseBudget(b)); } catch (e) { console.log(b, "ERR", (e as Error).message); } }
});
