// GENERATED from schemas/study-report-1.0.schema.json by scripts/generate.ts. Do not edit: run "npm run generate".
/* eslint-disable */
import { ucs2length, deepEqual } from '../../runtime.js';
const hasOwn = Object.prototype.hasOwnProperty;
const KEYS0 = new Set(["$schema","checklistVersion","study","cellSource","isolationExpansion","production","storage","qualityControl","characterization","doseAdministration","outcomes"]);
const PATTERN1 = new RegExp("^10\\.[0-9]{4,9}/[^\\s]{1,200}$", "u");
const PATTERN2 = new RegExp("^[0-9]{1,9}$", "u");
const KEYS3 = new Set(["species","tissue","relation","donors","provider","nomenclature","ethics"]);
const KEYS4 = new Set(["isolationMethod","identity","expansionMedium","passage","density","cultureFormat","oxygen","mycoplasma","karyotype"]);
const KEYS5 = new Set(["preparation","conditioningMedium","conditioningDuration","cellsAtCollection","viabilityAtCollection","priming","primingConditions","clarification","preConcentrationHandling","concentration","evSeparation","vehicle","gmp","preparations"]);
const KEYS6 = new Set(["id","label","preparation","conditioningMedium","conditioningDuration","cellsAtCollection","viabilityAtCollection","priming","primingConditions","clarification","preConcentrationHandling","concentration","evSeparation","vehicle","gmp"]);
const PATTERN7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const KEYS8 = new Set(["form","temperature","duration","freezeThaw","excipient","reconstitution","container","stability","preparations"]);
const KEYS9 = new Set(["preparationId","form","temperature","duration","freezeThaw","excipient","reconstitution","container","stability"]);
const KEYS10 = new Set(["sterility","endotoxin","mycoplasmaProduct","adventitiousAgents","residuals","batches","potency","releaseSpecification","preparations"]);
const KEYS11 = new Set(["preparationId","sterility","endotoxin","mycoplasmaProduct","adventitiousAgents","residuals","batches","potency","releaseSpecification"]);
const KEYS12 = new Set(["totalProtein","particles","purity","imaging","evMarkersPositive","evMarkersNegative","originMarkers","solubleFactors","fractionControls","evTrackId","preparations"]);
const KEYS13 = new Set(["preparationId","totalProtein","particles","purity","imaging","evMarkersPositive","evMarkersNegative","originMarkers","solubleFactors","fractionControls","evTrackId"]);
const KEYS14 = new Set(["dose","route","volume","regimen","timing","carrier","controls","recipients","inVitroExposure","arms"]);
const KEYS15 = new Set(["id","label","preparationId","dose","route","volume","regimen","timing","carrier"]);
const KEYS16 = new Set(["model","primaryOutcome","sampleSize","randomisation","blinding","tests","clinicalScales","effectEstimates","mechanisticReadouts","adverseEvents","exclusions","trialRegistration","emotionalDimension"]);
const ALLOWED17 = new Set(["human","rat","mouse","pig","dog","cat","horse","sheep","goat","rabbit","cow","non-human-primate","other"]);
const ALLOWED18 = new Set(["umbilical-cord-whartons-jelly","umbilical-cord","umbilical-cord-blood","amniotic-membrane","amniotic-fluid","placenta","chorionic-villi","bone-marrow","adipose-tissue","skeletal-muscle","periosteum-cortical-bone","synovial-membrane","synovial-fluid","articular-cartilage","meniscus","liver","lung","dental-pulp","exfoliated-deciduous-teeth","gingiva","salivary-gland","endometrium","peripheral-blood","urine","breast-milk","ovarian-tissue","testicular-tissue","inflamed-synovial-fluid","menstrual-blood","ipsc-derived","other"]);
const KEYS19 = new Set(["count","pooled","ageYears","sex","health","where","note"]);
const KEYS20 = new Set(["type","name","catalogueNumber","lot","rrid","where","note"]);
const PATTERN21 = new RegExp("^RRID:[A-Za-z]{2,12}_[A-Za-z0-9_:-]{1,40}$", "u");
const KEYS22 = new Set(["plasticAdherence","positiveMarkers","negativeMarkers","method","differentiation","where","note"]);
const ALLOWED23 = new Set(["2d","3d-spheroid","microcarrier","bioreactor","scaffold","hollow-fibre","other"]);
const ALLOWED24 = new Set(["conditioned-medium","concentrated-conditioned-medium","small-ev","large-ev","ev","ev-depleted-conditioned-medium","lyophilised-secretome","commercial-product","other"]);
const KEYS25 = new Set(["basalMedium","serum","depletionMethod","supplements","phenolRedFree","description","where","note"]);
const ALLOWED26 = new Set(["s","sec","min","h","hr","hrs","hour","hours","d","day","days","wk","week","weeks","mo","month","months","y","yr","year","years"]);
const ALLOWED27 = new Set(["nL","µL","μL","uL","mL","ml","L","l"]);
const ALLOWED28 = new Set(["hypoxia","cytokine","lps","three-d-culture","drug","genetic","mechanical","other"]);
const ALLOWED29 = new Set(["pg/mL","pg/ml","ng/mL","ng/ml","µg/mL","μg/mL","ug/mL","µg/ml","μg/ml","ug/ml","mg/mL","mg/ml","mg/L","g/L","µg/µL","μg/μL","ug/uL"]);
const KEYS30 = new Set(["method","force","duration","rotor","rotorRadius","kFactor","temperature","poreSize"]);
const ALLOWED31 = new Set(["×g","xg","x g","g","rcf","RCF","rpm"]);
const KEYS32 = new Set(["method","device","mwco","fold","description","where","note"]);
const ALLOWED33 = new Set(["none","centrifugal-ultrafiltration","tangential-flow-filtration","lyophilisation","peg-precipitation","ultracentrifugation","other"]);
const KEYS34 = new Set(["method","force","duration","rotor","rotorRadius","kFactor","temperature","product","description"]);
const ALLOWED35 = new Set(["differential-ultracentrifugation","density-gradient","size-exclusion-chromatography","ultrafiltration","tangential-flow-filtration","precipitation","immunoaffinity","asymmetric-flow-field-flow-fractionation","other"]);
const ALLOWED36 = new Set(["%","% w/v","% v/v","mM","M","mg/mL","mg/ml","µg/mL","μg/mL","ug/mL"]);
const KEYS37 = new Set(["method","level","belowDetection","limitOfDetection","description","where","note"]);
const ALLOWED38 = new Set(["t-cell-suppression","macrophage-polarisation","nf-kb-reporter","neuronal-assay","glial-assay","angiogenesis","wound-healing","other"]);
const KEYS39 = new Set(["concentration","size","method","instrument","settings","description","where","note"]);
const ALLOWED40 = new Set(["cytokine-array","elisa","multiplex-immunoassay","proteomics","lipidomics","mirna-sequencing","rna-sequencing","other"]);
const PATTERN41 = new RegExp("^EV[0-9]{6}$", "u");
const ALLOWED42 = new Set(["cell equivalents","cells","particles","pg","ng","µg","μg","ug","mg","nL","µL","μL","uL","mL","ml","L","l","cells/kg","cell equivalents/kg","particles/kg","particles/g","ng/kg","µg/kg","μg/kg","ug/kg","mg/kg","µg/g","μg/g","ug/g","ng/mL","ng/ml","µg/mL","μg/mL","ug/mL","µg/ml","μg/ml","ug/ml","mg/mL","mg/ml","particles/cell","particles/mL","particles/ml","other"]);
const ALLOWED43 = new Set(["cell-equivalents","particles","protein-mass","conditioned-medium-volume","cell-equivalents-per-body-weight","particles-per-body-weight","protein-mass-per-body-weight","protein-concentration","particles-per-target-cell","particles-concentration","other"]);
const ALLOWED44 = new Set(["ng/kg","µg/kg","μg/kg","ug/kg","mg/kg","µg/g","μg/g","ug/g"]);
const ALLOWED45 = new Set(["ng/mL","ng/ml","µg/mL","μg/mL","ug/mL","µg/ml","μg/ml","ug/ml","mg/mL","mg/ml"]);
const ALLOWED46 = new Set(["intravenous","intraperitoneal","intrathecal","intracerebroventricular","perineural","intraneural","intraplantar","subcutaneous","intradermal","intra-articular","intradiscal","epidural","intramuscular","intranasal","intravesical","topical","oral","implanted-biomaterial","other"]);
const ALLOWED47 = new Set(["µL/min","μL/min","uL/min","mL/min","ml/min","mL/h","ml/h"]);
const KEYS48 = new Set(["approach","relativeTo","offset","age","description","where","note"]);
const ALLOWED49 = new Set(["vehicle","unconditioned-medium","ev-depleted-fraction","parent-msc","active-comparator","sham","naive","placebo","other"]);
const KEYS50 = new Set(["species","strain","sex","age","weight","source","where","note"]);
const ALLOWED51 = new Set(["cci","sni","psl","snl","stz-diabetic","db-db","cipn-oxaliplatin","cipn-paclitaxel","cipn-vincristine","cipn-other","cfa","carrageenan","mia-oa","collagenase-oa","dmm-oa","disc-injury","incisional","bone-cancer","cancer-other","sci","interstitial-cystitis","clinical-condition","in-vitro-model","other"]);
const ALLOWED52 = new Set(["outcome-assessors","caregivers","investigators","participants","data-analysts","surgeons","none"]);
const ALLOWED53 = new Set(["von-frey","hargreaves","hot-plate","cold-plate","randall-selitto","acetone","pin-prick","tail-flick","weight-bearing","grimace","burrowing","gait","conditioned-place-preference","open-field","rotarod","other"]);
const ALLOWED54 = new Set(["vas","nrs","womac","koos","odi","bpi","dash","pgic","sf-36","eq-5d","other"]);
const ALLOWED55 = new Set(["nerve","drg","spinal-cord","brain","joint","skin","serum","csf","other"]);
const ALLOWED56 = new Set(["clinicaltrials-gov","euctr","isrctn","chictr","anzctr","jrct","other"]);
const PATTERN57 = new RegExp("^[A-Za-z0-9][A-Za-z0-9/._-]{2,39}$", "u");
const PATTERN58 = new RegExp("^NCT[0-9]{8}$", "u");

function def_Name(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length < 2 && ucs2length(x) < 1) return false;
  if (x.length > 200 && ucs2length(x) > 200) return false;
  return true;
}
function node2(x) {
  if (!(x === "in-vivo" || x === "in-vitro" || x === "clinical")) return false;
  return true;
}
function def_Note(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length > 2000 && ucs2length(x) > 2000) return false;
  return true;
}
function node1(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "title" || k0 === "citation" || k0 === "design" || k0 === "condition" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["title"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["citation"];
  if (p2 !== undefined) {
    if (!((p2 !== null && typeof p2 == "object" && !Array.isArray(p2)))) return false;
    for (const k3 in p2) {
      if (!(k3 === "doi" || k3 === "pmid" || k3 === "year" || k3 === "authors" || k3 === "journal")) {
        return false;
      }
    }
    const p4 = p2["doi"];
    if (p4 !== undefined) {
      if (!((typeof p4 == "string"))) return false;
      if (p4.length > 220 && ucs2length(p4) > 220) return false;
      if (!PATTERN1.test(p4)) return false;
    }
    const p5 = p2["pmid"];
    if (p5 !== undefined) {
      if (!((typeof p5 == "string"))) return false;
      if (p5.length > 9 && ucs2length(p5) > 9) return false;
      if (!PATTERN2.test(p5)) return false;
    }
    const p6 = p2["year"];
    if (p6 !== undefined) {
      if (!((typeof p6 == "number" && !(p6 % 1) && isFinite(p6)))) return false;
      if (p6 < 1950) return false;
      if (p6 > 2100) return false;
    }
    const p7 = p2["authors"];
    if (p7 !== undefined) {
      if (!def_Name(p7)) return false;
    }
    const p8 = p2["journal"];
    if (p8 !== undefined) {
      if (!def_Name(p8)) return false;
    }
  }
  const p9 = x["design"];
  if (p9 !== undefined) {
    if (!((Array.isArray(p9)))) return false;
    if (p9.length < 1) return false;
    if (p9.length > 3) return false;
    for (let i10 = 1; i10 < p9.length; i10++) for (let j11 = 0; j11 < i10; j11++) if (deepEqual(p9[i10], p9[j11])) return false;
    for (let i12 = 0; i12 < p9.length; i12++) if (!node2(p9[i12])) return false;
  }
  const p13 = x["condition"];
  if (p13 !== undefined) {
    if (!def_Name(p13)) return false;
  }
  const p14 = x["note"];
  if (p14 !== undefined) {
    if (!def_Note(p14)) return false;
  }
  return true;
}
function node3(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS4.has(k0))) {
      return false;
    }
  }
  return true;
}
function def_Id(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length > 64 && ucs2length(x) > 64) return false;
  if (!PATTERN7.test(x)) return false;
  return true;
}
function node6(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["id"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS6.has(k0))) {
      return false;
    }
  }
  const p1 = x["id"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  const p2 = x["label"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  return true;
}
function node5(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 50) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node6(x[i0])) return false;
  return true;
}
function node4(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS5.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparations"];
  if (p1 !== undefined) {
    if (!node5(p1)) return false;
  }
  return true;
}
function node9(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["preparationId"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS9.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparationId"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  return true;
}
function node8(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length > 50) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node9(x[i0])) return false;
  return true;
}
function node7(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS8.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparations"];
  if (p1 !== undefined) {
    if (!node8(p1)) return false;
  }
  return true;
}
function node12(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["preparationId"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS11.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparationId"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  return true;
}
function node11(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length > 50) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node12(x[i0])) return false;
  return true;
}
function node10(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS10.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparations"];
  if (p1 !== undefined) {
    if (!node11(p1)) return false;
  }
  return true;
}
function node15(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["preparationId"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS13.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparationId"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  return true;
}
function node14(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length > 50) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node15(x[i0])) return false;
  return true;
}
function node13(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS12.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparations"];
  if (p1 !== undefined) {
    if (!node14(p1)) return false;
  }
  return true;
}
function node18(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["id"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS15.has(k0))) {
      return false;
    }
  }
  const p1 = x["id"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  const p2 = x["label"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["preparationId"];
  if (p3 !== undefined) {
    if (!def_Id(p3)) return false;
  }
  return true;
}
function node17(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node18(x[i0])) return false;
  return true;
}
function node16(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS14.has(k0))) {
      return false;
    }
  }
  const p1 = x["arms"];
  if (p1 !== undefined) {
    if (!node17(p1)) return false;
  }
  return true;
}
function node19(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS16.has(k0))) {
      return false;
    }
  }
  return true;
}
function node0(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["checklistVersion"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS0.has(k0))) {
      return false;
    }
  }
  const p1 = x["$schema"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "string"))) return false;
    if (p1.length > 500 && ucs2length(p1) > 500) return false;
  }
  const p2 = x["checklistVersion"];
  if (p2 !== undefined) {
    if (p2 !== "1.0") return false;
  }
  const p3 = x["study"];
  if (p3 !== undefined) {
    if (!node1(p3)) return false;
  }
  const p4 = x["cellSource"];
  if (p4 !== undefined) {
    if (!((p4 !== null && typeof p4 == "object" && !Array.isArray(p4)))) return false;
    for (const k5 in p4) {
      if (!(KEYS3.has(k5))) {
        return false;
      }
    }
  }
  const p6 = x["isolationExpansion"];
  if (p6 !== undefined) {
    if (!node3(p6)) return false;
  }
  const p7 = x["production"];
  if (p7 !== undefined) {
    if (!node4(p7)) return false;
  }
  const p8 = x["storage"];
  if (p8 !== undefined) {
    if (!node7(p8)) return false;
  }
  const p9 = x["qualityControl"];
  if (p9 !== undefined) {
    if (!node10(p9)) return false;
  }
  const p10 = x["characterization"];
  if (p10 !== undefined) {
    if (!node13(p10)) return false;
  }
  const p11 = x["doseAdministration"];
  if (p11 !== undefined) {
    if (!node16(p11)) return false;
  }
  const p12 = x["outcomes"];
  if (p12 !== undefined) {
    if (!node19(p12)) return false;
  }
  return true;
}
function def_Text(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length < 2 && ucs2length(x) < 1) return false;
  if (x.length > 2000 && ucs2length(x) > 2000) return false;
  return true;
}
function def_Where(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length < 2 && ucs2length(x) < 1) return false;
  if (x.length > 300 && ucs2length(x) > 300) return false;
  return true;
}
function node21(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["value"] === undefined) return false;
    const p0 = x["value"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node20(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(ALLOWED17.has(p1))) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function def_NotApplicable(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["notApplicable"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "notApplicable" || k0 === "where")) {
      return false;
    }
  }
  const p1 = x["notApplicable"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "string"))) return false;
    if (p1.length < 6 && ucs2length(p1) < 3) return false;
    if (p1.length > 500 && ucs2length(p1) > 500) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  return true;
}
function def_NotReported(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["notReported"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "notReported" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["notReported"];
  if (p1 !== undefined) {
    if (p1 !== true) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_CellSourceSpecies(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node20(x);
}
function node23(x) {
  if (!(ALLOWED18.has(x))) return false;
  return true;
}
function node22(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!node23(p1)) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_CellSourceTissue(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node22(x);
}
function node24(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(p1 === "autologous" || p1 === "allogeneic" || p1 === "xenogeneic")) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_CellSourceRelation(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node24(x);
}
function node26(x) {
  if (!(x === "female" || x === "male" || x === "unknown")) return false;
  return true;
}
function node25(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["count"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS19.has(k0))) {
      return false;
    }
  }
  const p1 = x["count"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
    if (p1 < 1) return false;
  }
  const p2 = x["pooled"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "boolean"))) return false;
  }
  const p3 = x["ageYears"];
  if (p3 !== undefined) {
    if (!((p3 !== null && typeof p3 == "object" && !Array.isArray(p3)))) return false;
    if (Object.keys(p3).length < 1) return false;
    for (const k4 in p3) {
      if (!(k4 === "min" || k4 === "max")) {
        return false;
      }
    }
    const p5 = p3["min"];
    if (p5 !== undefined) {
      if (!((typeof p5 == "number" && isFinite(p5)))) return false;
      if (p5 < 0) return false;
      if (p5 > 120) return false;
    }
    const p6 = p3["max"];
    if (p6 !== undefined) {
      if (!((typeof p6 == "number" && isFinite(p6)))) return false;
      if (p6 < 0) return false;
      if (p6 > 120) return false;
    }
  }
  const p7 = x["sex"];
  if (p7 !== undefined) {
    if (!((Array.isArray(p7)))) return false;
    if (p7.length < 1) return false;
    if (p7.length > 200) return false;
    for (let i8 = 0; i8 < p7.length; i8++) if (!node26(p7[i8])) return false;
  }
  const p9 = x["health"];
  if (p9 !== undefined) {
    if (!def_Text(p9)) return false;
  }
  const p10 = x["where"];
  if (p10 !== undefined) {
    if (!def_Where(p10)) return false;
  }
  const p11 = x["note"];
  if (p11 !== undefined) {
    if (!def_Note(p11)) return false;
  }
  return true;
}
function item_CellSourceDonors(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node25(x);
}
function node27(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["type"] === undefined) return false;
  if (x["name"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS20.has(k0))) {
      return false;
    }
  }
  const p1 = x["type"];
  if (p1 !== undefined) {
    if (!(p1 === "commercial" || p1 === "academic-lab" || p1 === "biobank" || p1 === "in-house")) return false;
  }
  const p2 = x["name"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["catalogueNumber"];
  if (p3 !== undefined) {
    if (!def_Name(p3)) return false;
  }
  const p4 = x["lot"];
  if (p4 !== undefined) {
    if (!def_Name(p4)) return false;
  }
  const p5 = x["rrid"];
  if (p5 !== undefined) {
    if (!((typeof p5 == "string"))) return false;
    if (p5.length > 60 && ucs2length(p5) > 60) return false;
    if (!PATTERN21.test(p5)) return false;
  }
  const p6 = x["where"];
  if (p6 !== undefined) {
    if (!def_Where(p6)) return false;
  }
  const p7 = x["note"];
  if (p7 !== undefined) {
    if (!def_Note(p7)) return false;
  }
  return true;
}
function item_CellSourceProvider(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node27(x);
}
function node29(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["term"] === undefined) return false;
    const p0 = x["term"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node28(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["term"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "term" || k0 === "justification" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["term"];
  if (p1 !== undefined) {
    if (!(p1 === "stromal" || p1 === "stem" || p1 === "signalling" || p1 === "other")) return false;
  }
  const p2 = x["justification"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["description"];
  if (p3 !== undefined) {
    if (!def_Text(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (node29(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_CellSourceNomenclature(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node28(x);
}
function node30(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["approval"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "approval" || k0 === "consent" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["approval"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["consent"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "boolean"))) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_CellSourceEthics(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node30(x);
}
function items_cellSource(x) {
  const item0 = x["species"];
  if (item0 !== undefined && !item_CellSourceSpecies(item0)) return false;
  const item1 = x["tissue"];
  if (item1 !== undefined && !item_CellSourceTissue(item1)) return false;
  const item2 = x["relation"];
  if (item2 !== undefined && !item_CellSourceRelation(item2)) return false;
  const item3 = x["donors"];
  if (item3 !== undefined && !item_CellSourceDonors(item3)) return false;
  const item4 = x["provider"];
  if (item4 !== undefined && !item_CellSourceProvider(item4)) return false;
  const item5 = x["nomenclature"];
  if (item5 !== undefined && !item_CellSourceNomenclature(item5)) return false;
  const item6 = x["ethics"];
  if (item6 !== undefined && !item_CellSourceEthics(item6)) return false;
  return true;
}
function node31(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "enzyme" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(p1 === "explant" || p1 === "enzymatic-digestion" || p1 === "density-gradient-adherence" || p1 === "adherence" || p1 === "purchased" || p1 === "other")) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["enzyme"];
  if (p3 !== undefined) {
    if (!def_Name(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_IsolationExpansionIsolationMethod(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node31(x);
}
function def_Percent(x) {
  if (!((typeof x == "number" && isFinite(x)))) return false;
  if (x < 0) return false;
  if (x > 100) return false;
  return true;
}
function def_MarkerResult(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["marker"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "marker" || k0 === "percent")) {
      return false;
    }
  }
  const p1 = x["marker"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["percent"];
  if (p2 !== undefined) {
    if (!def_Percent(p2)) return false;
  }
  return true;
}
function node33(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["lineage"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "lineage" || k0 === "method" || k0 === "result")) {
      return false;
    }
  }
  const p1 = x["lineage"];
  if (p1 !== undefined) {
    if (!(p1 === "osteogenic" || p1 === "adipogenic" || p1 === "chondrogenic")) return false;
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["result"];
  if (p3 !== undefined) {
    if (!(p3 === "positive" || p3 === "negative")) return false;
  }
  return true;
}
function node34(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["positiveMarkers"] === undefined) return false;
  }
  return true;
}
function node35(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["negativeMarkers"] === undefined) return false;
  }
  return true;
}
function node36(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["differentiation"] === undefined) return false;
  }
  return true;
}
function node32(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS22.has(k0))) {
      return false;
    }
  }
  const p1 = x["plasticAdherence"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "boolean"))) return false;
  }
  const p2 = x["positiveMarkers"];
  if (p2 !== undefined) {
    if (!((Array.isArray(p2)))) return false;
    if (p2.length < 1) return false;
    if (p2.length > 200) return false;
    for (let i3 = 0; i3 < p2.length; i3++) if (!def_MarkerResult(p2[i3])) return false;
  }
  const p4 = x["negativeMarkers"];
  if (p4 !== undefined) {
    if (!((Array.isArray(p4)))) return false;
    if (p4.length < 1) return false;
    if (p4.length > 200) return false;
    for (let i5 = 0; i5 < p4.length; i5++) if (!def_MarkerResult(p4[i5])) return false;
  }
  const p6 = x["method"];
  if (p6 !== undefined) {
    if (!def_Name(p6)) return false;
  }
  const p7 = x["differentiation"];
  if (p7 !== undefined) {
    if (!((Array.isArray(p7)))) return false;
    if (p7.length < 1) return false;
    if (p7.length > 200) return false;
    for (let i8 = 0; i8 < p7.length; i8++) if (!node33(p7[i8])) return false;
  }
  const p9 = x["where"];
  if (p9 !== undefined) {
    if (!def_Where(p9)) return false;
  }
  const p10 = x["note"];
  if (p10 !== undefined) {
    if (!def_Note(p10)) return false;
  }
  if (!(node34(x) || node35(x) || node36(x))) return false;
  return true;
}
function item_IsolationExpansionIdentity(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node32(x);
}
function node38(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["type"] === undefined) return false;
    const p0 = x["type"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node37(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["basalMedium"] === undefined) return false;
  if (x["supplement"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "basalMedium" || k0 === "supplement" || k0 === "antibiotics" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["basalMedium"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["supplement"];
  if (p2 !== undefined) {
    if (!((p2 !== null && typeof p2 == "object" && !Array.isArray(p2)))) return false;
    if (p2["type"] === undefined) return false;
    for (const k3 in p2) {
      if (!(k3 === "type" || k3 === "percent" || k3 === "product" || k3 === "description")) {
        return false;
      }
    }
    const p4 = p2["type"];
    if (p4 !== undefined) {
      if (!(p4 === "fbs" || p4 === "human-platelet-lysate" || p4 === "human-serum" || p4 === "serum-free" || p4 === "xeno-free" || p4 === "other")) return false;
    }
    const p5 = p2["percent"];
    if (p5 !== undefined) {
      if (!def_Percent(p5)) return false;
    }
    const p6 = p2["product"];
    if (p6 !== undefined) {
      if (!def_Name(p6)) return false;
    }
    const p7 = p2["description"];
    if (p7 !== undefined) {
      if (!def_Text(p7)) return false;
    }
    if (node38(p2)) {
      if (p2 !== null && typeof p2 == "object" && !Array.isArray(p2)) {
        if (p2["description"] === undefined) return false;
      }
    } else {
    }
  }
  const p8 = x["antibiotics"];
  if (p8 !== undefined) {
    if (!def_Name(p8)) return false;
  }
  const p9 = x["where"];
  if (p9 !== undefined) {
    if (!def_Where(p9)) return false;
  }
  const p10 = x["note"];
  if (p10 !== undefined) {
    if (!def_Note(p10)) return false;
  }
  return true;
}
function item_IsolationExpansionExpansionMedium(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node37(x);
}
function node40(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["passage"] === undefined) return false;
  }
  return true;
}
function node41(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["min"] === undefined) return false;
    if (x["max"] === undefined) return false;
  }
  return true;
}
function node39(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "passage" || k0 === "min" || k0 === "max" || k0 === "populationDoublings" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["passage"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
    if (p1 < 0) return false;
    if (p1 > 100) return false;
  }
  const p2 = x["min"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "number" && !(p2 % 1) && isFinite(p2)))) return false;
    if (p2 < 0) return false;
    if (p2 > 100) return false;
  }
  const p3 = x["max"];
  if (p3 !== undefined) {
    if (!((typeof p3 == "number" && !(p3 % 1) && isFinite(p3)))) return false;
    if (p3 < 0) return false;
    if (p3 > 100) return false;
  }
  const p4 = x["populationDoublings"];
  if (p4 !== undefined) {
    if (!((typeof p4 == "number" && isFinite(p4)))) return false;
    if (p4 < 0) return false;
    if (p4 > 200) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  if (!(node40(x) || node41(x))) return false;
  return true;
}
function item_IsolationExpansionPassage(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node39(x);
}
function def_CellDensityUnit(x) {
  if (!(x === "cells/cm²" || x === "cells/cm2" || x === "cells/cm^2")) return false;
  return true;
}
function def_CellDensity(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_CellDensityUnit(p2)) return false;
  }
  return true;
}
function node43(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["seedingDensity"] === undefined) return false;
  }
  return true;
}
function node44(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["confluencePercent"] === undefined) return false;
  }
  return true;
}
function node42(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "seedingDensity" || k0 === "confluencePercent" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["seedingDensity"];
  if (p1 !== undefined) {
    if (!def_CellDensity(p1)) return false;
  }
  const p2 = x["confluencePercent"];
  if (p2 !== undefined) {
    if (!def_Percent(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (!(node43(x) || node44(x))) return false;
  return true;
}
function item_IsolationExpansionDensity(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node42(x);
}
function node45(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(ALLOWED23.has(p1))) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_IsolationExpansionCultureFormat(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node45(x);
}
function node46(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["percent"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "percent" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["percent"];
  if (p1 !== undefined) {
    if (!def_Percent(p1)) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_IsolationExpansionOxygen(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node46(x);
}
function node47(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["tested"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "tested" || k0 === "method" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["tested"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "boolean"))) return false;
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["result"];
  if (p3 !== undefined) {
    if (!(p3 === "negative" || p3 === "positive")) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  return true;
}
function item_IsolationExpansionMycoplasma(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node47(x);
}
function node49(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["method"] === undefined) return false;
    const p0 = x["method"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node48(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "method" || k0 === "result" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (!(p1 === "g-banding" || p1 === "str-profiling" || p1 === "array-cgh" || p1 === "other")) return false;
  }
  const p2 = x["result"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["description"];
  if (p3 !== undefined) {
    if (!def_Text(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (node49(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_IsolationExpansionKaryotype(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node48(x);
}
function items_isolationExpansion(x) {
  const item0 = x["isolationMethod"];
  if (item0 !== undefined && !item_IsolationExpansionIsolationMethod(item0)) return false;
  const item1 = x["identity"];
  if (item1 !== undefined && !item_IsolationExpansionIdentity(item1)) return false;
  const item2 = x["expansionMedium"];
  if (item2 !== undefined && !item_IsolationExpansionExpansionMedium(item2)) return false;
  const item3 = x["passage"];
  if (item3 !== undefined && !item_IsolationExpansionPassage(item3)) return false;
  const item4 = x["density"];
  if (item4 !== undefined && !item_IsolationExpansionDensity(item4)) return false;
  const item5 = x["cultureFormat"];
  if (item5 !== undefined && !item_IsolationExpansionCultureFormat(item5)) return false;
  const item6 = x["oxygen"];
  if (item6 !== undefined && !item_IsolationExpansionOxygen(item6)) return false;
  const item7 = x["mycoplasma"];
  if (item7 !== undefined && !item_IsolationExpansionMycoplasma(item7)) return false;
  const item8 = x["karyotype"];
  if (item8 !== undefined && !item_IsolationExpansionKaryotype(item8)) return false;
  return true;
}
function node51(x) {
  if (!(x === "ev" || x === "soluble")) return false;
  return true;
}
function node52(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["value"] === undefined) return false;
    const p0 = x["value"];
    if (p0 !== undefined) {
      if (p0 !== "commercial-product") return false;
    }
  }
  return true;
}
function node50(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "productName" || k0 === "fractions" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(ALLOWED24.has(p1))) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["productName"];
  if (p3 !== undefined) {
    if (!def_Name(p3)) return false;
  }
  const p4 = x["fractions"];
  if (p4 !== undefined) {
    if (!((Array.isArray(p4)))) return false;
    if (p4.length < 1) return false;
    if (p4.length > 200) return false;
    for (let i5 = 1; i5 < p4.length; i5++) for (let j6 = 0; j6 < i5; j6++) if (deepEqual(p4[i5], p4[j6])) return false;
    for (let i7 = 0; i7 < p4.length; i7++) if (!node51(p4[i7])) return false;
  }
  const p8 = x["where"];
  if (p8 !== undefined) {
    if (!def_Where(p8)) return false;
  }
  const p9 = x["note"];
  if (p9 !== undefined) {
    if (!def_Note(p9)) return false;
  }
  if (node52(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["productName"] === undefined) return false;
    }
  } else {
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_ProductionPreparation(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node50(x);
}
function node54(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["serum"] === undefined) return false;
    const p0 = x["serum"];
    if (p0 !== undefined) {
      if (!(p0 === "ev-depleted-serum" || p0 === "ev-depleted-platelet-lysate")) return false;
    }
  }
  return true;
}
function node55(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["serum"] === undefined) return false;
    const p0 = x["serum"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node53(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["basalMedium"] === undefined) return false;
  if (x["serum"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS25.has(k0))) {
      return false;
    }
  }
  const p1 = x["basalMedium"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["serum"];
  if (p2 !== undefined) {
    if (!(p2 === "serum-free" || p2 === "ev-depleted-serum" || p2 === "ev-depleted-platelet-lysate" || p2 === "serum-containing" || p2 === "other")) return false;
  }
  const p3 = x["depletionMethod"];
  if (p3 !== undefined) {
    if (!def_Name(p3)) return false;
  }
  const p4 = x["supplements"];
  if (p4 !== undefined) {
    if (!def_Name(p4)) return false;
  }
  const p5 = x["phenolRedFree"];
  if (p5 !== undefined) {
    if (!((typeof p5 == "boolean"))) return false;
  }
  const p6 = x["description"];
  if (p6 !== undefined) {
    if (!def_Text(p6)) return false;
  }
  const p7 = x["where"];
  if (p7 !== undefined) {
    if (!def_Where(p7)) return false;
  }
  const p8 = x["note"];
  if (p8 !== undefined) {
    if (!def_Note(p8)) return false;
  }
  if (node54(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["depletionMethod"] === undefined) return false;
    }
  } else {
  }
  if (node55(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_ProductionConditioningMedium(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node53(x);
}
function def_DurationUnit(x) {
  if (!(ALLOWED26.has(x))) return false;
  return true;
}
function def_DurationItem(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 < 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_DurationUnit(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_ProductionConditioningDuration(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return def_DurationItem(x);
}
function def_VolumeUnit(x) {
  if (!(ALLOWED27.has(x))) return false;
  return true;
}
function def_Volume(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_VolumeUnit(p2)) return false;
  }
  return true;
}
function node57(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["cellCount"] === undefined) return false;
  }
  return true;
}
function node56(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "cellCount" || k0 === "confluencePercent" || k0 === "conditionedVolume" || k0 === "volumePerMillionCells" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["cellCount"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["confluencePercent"];
  if (p2 !== undefined) {
    if (!def_Percent(p2)) return false;
  }
  const p3 = x["conditionedVolume"];
  if (p3 !== undefined) {
    if (!def_Volume(p3)) return false;
  }
  const p4 = x["volumePerMillionCells"];
  if (p4 !== undefined) {
    if (!def_Volume(p4)) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  if (!(node57(x) || node44(x))) return false;
  return true;
}
function item_ProductionCellsAtCollection(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node56(x);
}
function node58(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["percent"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "percent" || k0 === "method" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["percent"];
  if (p1 !== undefined) {
    if (!def_Percent(p1)) return false;
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_ProductionViabilityAtCollection(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node58(x);
}
function node59(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["applied"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "applied" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["applied"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "boolean"))) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_ProductionPriming(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node59(x);
}
function def_MassConcentrationUnit(x) {
  if (!(ALLOWED29.has(x))) return false;
  return true;
}
function def_MassConcentration(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 < 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_MassConcentrationUnit(p2)) return false;
  }
  return true;
}
function def_Duration(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 < 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_DurationUnit(p2)) return false;
  }
  return true;
}
function node63(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["type"] === undefined) return false;
    const p0 = x["type"];
    if (p0 !== undefined) {
      if (p0 !== "hypoxia") return false;
    }
  }
  return true;
}
function node64(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["type"] === undefined) return false;
    const p0 = x["type"];
    if (p0 !== undefined) {
      if (p0 !== "cytokine") return false;
    }
  }
  return true;
}
function node62(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["type"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "type" || k0 === "agent" || k0 === "oxygenPercent" || k0 === "concentration" || k0 === "duration" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["type"];
  if (p1 !== undefined) {
    if (!(ALLOWED28.has(p1))) return false;
  }
  const p2 = x["agent"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["oxygenPercent"];
  if (p3 !== undefined) {
    if (!def_Percent(p3)) return false;
  }
  const p4 = x["concentration"];
  if (p4 !== undefined) {
    if (!def_MassConcentration(p4)) return false;
  }
  const p5 = x["duration"];
  if (p5 !== undefined) {
    if (!def_Duration(p5)) return false;
  }
  const p6 = x["description"];
  if (p6 !== undefined) {
    if (!def_Text(p6)) return false;
  }
  if (node63(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["oxygenPercent"] === undefined) return false;
      if (x["duration"] === undefined) return false;
    }
  } else {
  }
  if (node64(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["agent"] === undefined) return false;
      if (x["concentration"] === undefined) return false;
      if (x["duration"] === undefined) return false;
    }
  } else {
  }
  if (node38(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function node61(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node62(x[i0])) return false;
  return true;
}
function node60(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["stimuli"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "stimuli" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["stimuli"];
  if (p1 !== undefined) {
    if (!node61(p1)) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_ProductionPrimingConditions(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node60(x);
}
function def_ForceUnit(x) {
  if (!(ALLOWED31.has(x))) return false;
  return true;
}
function def_Force(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_ForceUnit(p2)) return false;
  }
  return true;
}
function def_LengthUnit(x) {
  if (!(x === "mm" || x === "cm")) return false;
  return true;
}
function def_Length(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_LengthUnit(p2)) return false;
  }
  return true;
}
function def_TemperatureUnit(x) {
  if (!(x === "°C" || x === "ºC" || x === "℃" || x === "degC" || x === "Cel" || x === "K")) return false;
  return true;
}
function def_Temperature(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_TemperatureUnit(p2)) return false;
  }
  return true;
}
function def_PoreSizeUnit(x) {
  if (!(x === "nm" || x === "µm" || x === "μm" || x === "um")) return false;
  return true;
}
function def_PoreSize(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_PoreSizeUnit(p2)) return false;
  }
  return true;
}
function node68(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["method"] === undefined) return false;
    const p0 = x["method"];
    if (p0 !== undefined) {
      if (p0 !== "centrifugation") return false;
    }
  }
  return true;
}
function node69(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["method"] === undefined) return false;
    const p0 = x["method"];
    if (p0 !== undefined) {
      if (p0 !== "filtration") return false;
    }
  }
  return true;
}
function node70(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["rotorRadius"] === undefined) return false;
  }
  return true;
}
function node71(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["kFactor"] === undefined) return false;
  }
  return true;
}
function node72(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["force"] === undefined) return false;
    const p0 = x["force"];
    if (p0 !== undefined) {
      if (p0 !== null && typeof p0 == "object" && !Array.isArray(p0)) {
        if (p0["unit"] === undefined) return false;
        const p1 = p0["unit"];
        if (p1 !== undefined) {
          if (p1 !== "rpm") return false;
        }
      }
    }
  }
  return true;
}
function node67(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS30.has(k0))) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (!(p1 === "centrifugation" || p1 === "filtration")) return false;
  }
  const p2 = x["force"];
  if (p2 !== undefined) {
    if (!def_Force(p2)) return false;
  }
  const p3 = x["duration"];
  if (p3 !== undefined) {
    if (!def_Duration(p3)) return false;
  }
  const p4 = x["rotor"];
  if (p4 !== undefined) {
    if (!def_Name(p4)) return false;
  }
  const p5 = x["rotorRadius"];
  if (p5 !== undefined) {
    if (!def_Length(p5)) return false;
  }
  const p6 = x["kFactor"];
  if (p6 !== undefined) {
    if (!((typeof p6 == "number" && isFinite(p6)))) return false;
    if (p6 <= 0) return false;
  }
  const p7 = x["temperature"];
  if (p7 !== undefined) {
    if (!def_Temperature(p7)) return false;
  }
  const p8 = x["poreSize"];
  if (p8 !== undefined) {
    if (!def_PoreSize(p8)) return false;
  }
  if (node68(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["force"] === undefined) return false;
      if (x["duration"] === undefined) return false;
    }
  } else {
  }
  if (node69(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["poreSize"] === undefined) return false;
    }
  } else {
  }
  if (node72(x)) {
    if (!(node70(x) || node71(x))) return false;
  } else {
  }
  return true;
}
function node66(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node67(x[i0])) return false;
  return true;
}
function node65(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["steps"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "steps" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["steps"];
  if (p1 !== undefined) {
    if (!node66(p1)) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_ProductionClarification(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node65(x);
}
function node74(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["value"] === undefined) return false;
    const p0 = x["value"];
    if (p0 !== undefined) {
      if (p0 !== "frozen-before-processing") return false;
    }
  }
  return true;
}
function node73(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "temperature" || k0 === "duration" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(p1 === "processed-fresh" || p1 === "frozen-before-processing")) return false;
  }
  const p2 = x["temperature"];
  if (p2 !== undefined) {
    if (!def_Temperature(p2)) return false;
  }
  const p3 = x["duration"];
  if (p3 !== undefined) {
    if (!def_Duration(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (node74(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["temperature"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_ProductionPreConcentrationHandling(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node73(x);
}
function def_MolecularWeightUnit(x) {
  if (!(x === "kDa" || x === "kD")) return false;
  return true;
}
function def_MolecularWeight(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_MolecularWeightUnit(p2)) return false;
  }
  return true;
}
function node76(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["method"] === undefined) return false;
    const p0 = x["method"];
    if (p0 !== undefined) {
      if (!(p0 === "centrifugal-ultrafiltration" || p0 === "tangential-flow-filtration")) return false;
    }
  }
  return true;
}
function node75(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS32.has(k0))) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (!(ALLOWED33.has(p1))) return false;
  }
  const p2 = x["device"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["mwco"];
  if (p3 !== undefined) {
    if (!def_MolecularWeight(p3)) return false;
  }
  const p4 = x["fold"];
  if (p4 !== undefined) {
    if (!((typeof p4 == "number" && isFinite(p4)))) return false;
    if (p4 < 1) return false;
  }
  const p5 = x["description"];
  if (p5 !== undefined) {
    if (!def_Text(p5)) return false;
  }
  const p6 = x["where"];
  if (p6 !== undefined) {
    if (!def_Where(p6)) return false;
  }
  const p7 = x["note"];
  if (p7 !== undefined) {
    if (!def_Note(p7)) return false;
  }
  if (node76(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["mwco"] === undefined) return false;
    }
  } else {
  }
  if (node49(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_ProductionConcentration(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node75(x);
}
function node80(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["method"] === undefined) return false;
    const p0 = x["method"];
    if (p0 !== undefined) {
      if (!(p0 === "differential-ultracentrifugation" || p0 === "density-gradient")) return false;
    }
  }
  return true;
}
function node79(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS34.has(k0))) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (!(ALLOWED35.has(p1))) return false;
  }
  const p2 = x["force"];
  if (p2 !== undefined) {
    if (!def_Force(p2)) return false;
  }
  const p3 = x["duration"];
  if (p3 !== undefined) {
    if (!def_Duration(p3)) return false;
  }
  const p4 = x["rotor"];
  if (p4 !== undefined) {
    if (!def_Name(p4)) return false;
  }
  const p5 = x["rotorRadius"];
  if (p5 !== undefined) {
    if (!def_Length(p5)) return false;
  }
  const p6 = x["kFactor"];
  if (p6 !== undefined) {
    if (!((typeof p6 == "number" && isFinite(p6)))) return false;
    if (p6 <= 0) return false;
  }
  const p7 = x["temperature"];
  if (p7 !== undefined) {
    if (!def_Temperature(p7)) return false;
  }
  const p8 = x["product"];
  if (p8 !== undefined) {
    if (!def_Name(p8)) return false;
  }
  const p9 = x["description"];
  if (p9 !== undefined) {
    if (!def_Text(p9)) return false;
  }
  if (node80(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["force"] === undefined) return false;
      if (x["duration"] === undefined) return false;
    }
  } else {
  }
  if (node72(x)) {
    if (!(node70(x) || node71(x))) return false;
  } else {
  }
  if (node49(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function node78(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node79(x[i0])) return false;
  return true;
}
function node77(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["methods"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "methods" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["methods"];
  if (p1 !== undefined) {
    if (!node78(p1)) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_ProductionEvSeparation(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node77(x);
}
function node81(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "excipients" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(p1 === "pbs" || p1 === "saline" || p1 === "culture-medium" || p1 === "hydrogel" || p1 === "other")) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["excipients"];
  if (p3 !== undefined) {
    if (!def_Name(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_ProductionVehicle(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node81(x);
}
function node82(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["grade"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "grade" || k0 === "facility" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["grade"];
  if (p1 !== undefined) {
    if (!(p1 === "gmp" || p1 === "gmp-like" || p1 === "research-grade")) return false;
  }
  const p2 = x["facility"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_ProductionGmp(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node82(x);
}
function items_production(x) {
  const item0 = x["preparation"];
  if (item0 !== undefined && !item_ProductionPreparation(item0)) return false;
  const item1 = x["conditioningMedium"];
  if (item1 !== undefined && !item_ProductionConditioningMedium(item1)) return false;
  const item2 = x["conditioningDuration"];
  if (item2 !== undefined && !item_ProductionConditioningDuration(item2)) return false;
  const item3 = x["cellsAtCollection"];
  if (item3 !== undefined && !item_ProductionCellsAtCollection(item3)) return false;
  const item4 = x["viabilityAtCollection"];
  if (item4 !== undefined && !item_ProductionViabilityAtCollection(item4)) return false;
  const item5 = x["priming"];
  if (item5 !== undefined && !item_ProductionPriming(item5)) return false;
  const item6 = x["primingConditions"];
  if (item6 !== undefined && !item_ProductionPrimingConditions(item6)) return false;
  const item7 = x["clarification"];
  if (item7 !== undefined && !item_ProductionClarification(item7)) return false;
  const item8 = x["preConcentrationHandling"];
  if (item8 !== undefined && !item_ProductionPreConcentrationHandling(item8)) return false;
  const item9 = x["concentration"];
  if (item9 !== undefined && !item_ProductionConcentration(item9)) return false;
  const item10 = x["evSeparation"];
  if (item10 !== undefined && !item_ProductionEvSeparation(item10)) return false;
  const item11 = x["vehicle"];
  if (item11 !== undefined && !item_ProductionVehicle(item11)) return false;
  const item12 = x["gmp"];
  if (item12 !== undefined && !item_ProductionGmp(item12)) return false;
  const list = x["preparations"];
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (entry !== null && typeof entry == "object" && !Array.isArray(entry)) {
        const item0 = entry["preparation"];
        if (item0 !== undefined && !item_ProductionPreparation(item0)) return false;
        const item1 = entry["conditioningMedium"];
        if (item1 !== undefined && !item_ProductionConditioningMedium(item1)) return false;
        const item2 = entry["conditioningDuration"];
        if (item2 !== undefined && !item_ProductionConditioningDuration(item2)) return false;
        const item3 = entry["cellsAtCollection"];
        if (item3 !== undefined && !item_ProductionCellsAtCollection(item3)) return false;
        const item4 = entry["viabilityAtCollection"];
        if (item4 !== undefined && !item_ProductionViabilityAtCollection(item4)) return false;
        const item5 = entry["priming"];
        if (item5 !== undefined && !item_ProductionPriming(item5)) return false;
        const item6 = entry["primingConditions"];
        if (item6 !== undefined && !item_ProductionPrimingConditions(item6)) return false;
        const item7 = entry["clarification"];
        if (item7 !== undefined && !item_ProductionClarification(item7)) return false;
        const item8 = entry["preConcentrationHandling"];
        if (item8 !== undefined && !item_ProductionPreConcentrationHandling(item8)) return false;
        const item9 = entry["concentration"];
        if (item9 !== undefined && !item_ProductionConcentration(item9)) return false;
        const item10 = entry["evSeparation"];
        if (item10 !== undefined && !item_ProductionEvSeparation(item10)) return false;
        const item11 = entry["vehicle"];
        if (item11 !== undefined && !item_ProductionVehicle(item11)) return false;
        const item12 = entry["gmp"];
        if (item12 !== undefined && !item_ProductionGmp(item12)) return false;
      }
    }
  }
  return true;
}
function node83(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(p1 === "fresh" || p1 === "frozen" || p1 === "lyophilised" || p1 === "refrigerated")) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_StorageForm(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node83(x);
}
function def_TemperatureItem(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 < -273.15) return false;
    if (p1 > 1000) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_TemperatureUnit(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_StorageTemperature(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return def_TemperatureItem(x);
}
function item_StorageDuration(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return def_DurationItem(x);
}
function node84(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["cycles"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "cycles" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["cycles"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
    if (p1 < 0) return false;
    if (p1 > 100) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_StorageFreezeThaw(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node84(x);
}
function def_ExcipientConcentrationUnit(x) {
  if (!(ALLOWED36.has(x))) return false;
  return true;
}
function node88(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["name"] === undefined) return false;
    const p0 = x["name"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node87(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["name"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "name" || k0 === "concentration" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["name"];
  if (p1 !== undefined) {
    if (!(p1 === "trehalose" || p1 === "mannitol" || p1 === "sucrose" || p1 === "albumin" || p1 === "dmso" || p1 === "other")) return false;
  }
  const p2 = x["concentration"];
  if (p2 !== undefined) {
    if (!((p2 !== null && typeof p2 == "object" && !Array.isArray(p2)))) return false;
    if (p2["value"] === undefined) return false;
    if (p2["unit"] === undefined) return false;
    for (const k3 in p2) {
      if (!(k3 === "value" || k3 === "unit")) {
        return false;
      }
    }
    const p4 = p2["value"];
    if (p4 !== undefined) {
      if (!((typeof p4 == "number" && isFinite(p4)))) return false;
    }
    const p5 = p2["unit"];
    if (p5 !== undefined) {
      if (!def_ExcipientConcentrationUnit(p5)) return false;
    }
  }
  const p6 = x["description"];
  if (p6 !== undefined) {
    if (!def_Text(p6)) return false;
  }
  if (node88(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function node86(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node87(x[i0])) return false;
  return true;
}
function node85(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["substances"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "substances" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["substances"];
  if (p1 !== undefined) {
    if (!node86(p1)) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_StorageExcipient(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node85(x);
}
function node89(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["vehicle"] === undefined) return false;
  if (x["volume"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "vehicle" || k0 === "volume" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["vehicle"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["volume"];
  if (p2 !== undefined) {
    if (!def_Volume(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_StorageReconstitution(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node89(x);
}
function node90(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(p1 === "low-binding-tube" || p1 === "polypropylene-tube" || p1 === "glass-vial" || p1 === "cryovial" || p1 === "other")) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_StorageContainer(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node90(x);
}
function node92(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["measure"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "measure" || k0 === "retainedPercent" || k0 === "after" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["measure"];
  if (p1 !== undefined) {
    if (!(p1 === "particles" || p1 === "protein" || p1 === "potency" || p1 === "size" || p1 === "other")) return false;
  }
  const p2 = x["retainedPercent"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "number" && isFinite(p2)))) return false;
    if (p2 < 0) return false;
    if (p2 > 1000) return false;
  }
  const p3 = x["after"];
  if (p3 !== undefined) {
    if (!def_Duration(p3)) return false;
  }
  const p4 = x["description"];
  if (p4 !== undefined) {
    if (!def_Text(p4)) return false;
  }
  return true;
}
function node91(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["assessed"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "assessed" || k0 === "readouts" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["assessed"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "boolean"))) return false;
  }
  const p2 = x["readouts"];
  if (p2 !== undefined) {
    if (!((Array.isArray(p2)))) return false;
    if (p2.length < 1) return false;
    if (p2.length > 200) return false;
    for (let i3 = 0; i3 < p2.length; i3++) if (!node92(p2[i3])) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  return true;
}
function item_StorageStability(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node91(x);
}
function items_storage(x) {
  const item0 = x["form"];
  if (item0 !== undefined && !item_StorageForm(item0)) return false;
  const item1 = x["temperature"];
  if (item1 !== undefined && !item_StorageTemperature(item1)) return false;
  const item2 = x["duration"];
  if (item2 !== undefined && !item_StorageDuration(item2)) return false;
  const item3 = x["freezeThaw"];
  if (item3 !== undefined && !item_StorageFreezeThaw(item3)) return false;
  const item4 = x["excipient"];
  if (item4 !== undefined && !item_StorageExcipient(item4)) return false;
  const item5 = x["reconstitution"];
  if (item5 !== undefined && !item_StorageReconstitution(item5)) return false;
  const item6 = x["container"];
  if (item6 !== undefined && !item_StorageContainer(item6)) return false;
  const item7 = x["stability"];
  if (item7 !== undefined && !item_StorageStability(item7)) return false;
  const list = x["preparations"];
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (entry !== null && typeof entry == "object" && !Array.isArray(entry)) {
        const item0 = entry["form"];
        if (item0 !== undefined && !item_StorageForm(item0)) return false;
        const item1 = entry["temperature"];
        if (item1 !== undefined && !item_StorageTemperature(item1)) return false;
        const item2 = entry["duration"];
        if (item2 !== undefined && !item_StorageDuration(item2)) return false;
        const item3 = entry["freezeThaw"];
        if (item3 !== undefined && !item_StorageFreezeThaw(item3)) return false;
        const item4 = entry["excipient"];
        if (item4 !== undefined && !item_StorageExcipient(item4)) return false;
        const item5 = entry["reconstitution"];
        if (item5 !== undefined && !item_StorageReconstitution(item5)) return false;
        const item6 = entry["container"];
        if (item6 !== undefined && !item_StorageContainer(item6)) return false;
        const item7 = entry["stability"];
        if (item7 !== undefined && !item_StorageStability(item7)) return false;
      }
    }
  }
  return true;
}
function node93(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  if (x["result"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "method" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["result"];
  if (p2 !== undefined) {
    if (!(p2 === "pass" || p2 === "fail")) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_QualityControlSterility(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node93(x);
}
function def_EndotoxinUnit(x) {
  if (!(x === "EU/mL" || x === "EU/ml" || x === "EU/µg" || x === "EU/μg" || x === "EU/ug")) return false;
  return true;
}
function def_Endotoxin(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 < 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_EndotoxinUnit(p2)) return false;
  }
  return true;
}
function node95(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["level"] === undefined) return false;
  }
  return true;
}
function node96(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["belowDetection"] === undefined) return false;
  }
  return true;
}
function node94(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS37.has(k0))) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (!(p1 === "lal-chromogenic" || p1 === "lal-gel-clot" || p1 === "lal-turbidimetric" || p1 === "recombinant-factor-c" || p1 === "other")) return false;
  }
  const p2 = x["level"];
  if (p2 !== undefined) {
    if (!def_Endotoxin(p2)) return false;
  }
  const p3 = x["belowDetection"];
  if (p3 !== undefined) {
    if (!((typeof p3 == "boolean"))) return false;
  }
  const p4 = x["limitOfDetection"];
  if (p4 !== undefined) {
    if (!def_Endotoxin(p4)) return false;
  }
  const p5 = x["description"];
  if (p5 !== undefined) {
    if (!def_Text(p5)) return false;
  }
  const p6 = x["where"];
  if (p6 !== undefined) {
    if (!def_Where(p6)) return false;
  }
  const p7 = x["note"];
  if (p7 !== undefined) {
    if (!def_Note(p7)) return false;
  }
  if (!(node95(x) || node96(x))) return false;
  if (node49(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_QualityControlEndotoxin(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node94(x);
}
function node97(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  if (x["result"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "method" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["result"];
  if (p2 !== undefined) {
    if (!(p2 === "negative" || p2 === "positive")) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_QualityControlMycoplasmaProduct(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node97(x);
}
function node98(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["tests"] === undefined) return false;
  if (x["result"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "tests" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["tests"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
  }
  const p3 = x["result"];
  if (p3 !== undefined) {
    if (!(p3 === "negative" || p3 === "positive")) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  return true;
}
function item_QualityControlAdventitiousAgents(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node98(x);
}
function node99(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["analytes"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "analytes" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["analytes"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
  }
  const p3 = x["result"];
  if (p3 !== undefined) {
    if (!def_Text(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  return true;
}
function item_QualityControlResiduals(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node99(x);
}
function node100(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["count"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "count" || k0 === "identifiers" || k0 === "variation" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["count"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
    if (p1 < 1) return false;
  }
  const p2 = x["identifiers"];
  if (p2 !== undefined) {
    if (!((Array.isArray(p2)))) return false;
    if (p2.length < 1) return false;
    if (p2.length > 200) return false;
    for (let i3 = 0; i3 < p2.length; i3++) if (!def_Name(p2[i3])) return false;
  }
  const p4 = x["variation"];
  if (p4 !== undefined) {
    if (!def_Text(p4)) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  return true;
}
function item_QualityControlBatches(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node100(x);
}
function node102(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["assay"] === undefined) return false;
    const p0 = x["assay"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node101(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["assay"] === undefined) return false;
  if (x["readout"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "assay" || k0 === "readout" || k0 === "acceptanceLimit" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["assay"];
  if (p1 !== undefined) {
    if (!(ALLOWED38.has(p1))) return false;
  }
  const p2 = x["readout"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["acceptanceLimit"];
  if (p3 !== undefined) {
    if (!def_Name(p3)) return false;
  }
  const p4 = x["description"];
  if (p4 !== undefined) {
    if (!def_Text(p4)) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  if (node102(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_QualityControlPotency(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node101(x);
}
function node104(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["test"] === undefined) return false;
  if (x["limit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "test" || k0 === "limit")) {
      return false;
    }
  }
  const p1 = x["test"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["limit"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  return true;
}
function node103(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["tests"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "tests" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["tests"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!node104(p1[i2])) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_QualityControlReleaseSpecification(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node103(x);
}
function items_qualityControl(x) {
  const item0 = x["sterility"];
  if (item0 !== undefined && !item_QualityControlSterility(item0)) return false;
  const item1 = x["endotoxin"];
  if (item1 !== undefined && !item_QualityControlEndotoxin(item1)) return false;
  const item2 = x["mycoplasmaProduct"];
  if (item2 !== undefined && !item_QualityControlMycoplasmaProduct(item2)) return false;
  const item3 = x["adventitiousAgents"];
  if (item3 !== undefined && !item_QualityControlAdventitiousAgents(item3)) return false;
  const item4 = x["residuals"];
  if (item4 !== undefined && !item_QualityControlResiduals(item4)) return false;
  const item5 = x["batches"];
  if (item5 !== undefined && !item_QualityControlBatches(item5)) return false;
  const item6 = x["potency"];
  if (item6 !== undefined && !item_QualityControlPotency(item6)) return false;
  const item7 = x["releaseSpecification"];
  if (item7 !== undefined && !item_QualityControlReleaseSpecification(item7)) return false;
  const list = x["preparations"];
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (entry !== null && typeof entry == "object" && !Array.isArray(entry)) {
        const item0 = entry["sterility"];
        if (item0 !== undefined && !item_QualityControlSterility(item0)) return false;
        const item1 = entry["endotoxin"];
        if (item1 !== undefined && !item_QualityControlEndotoxin(item1)) return false;
        const item2 = entry["mycoplasmaProduct"];
        if (item2 !== undefined && !item_QualityControlMycoplasmaProduct(item2)) return false;
        const item3 = entry["adventitiousAgents"];
        if (item3 !== undefined && !item_QualityControlAdventitiousAgents(item3)) return false;
        const item4 = entry["residuals"];
        if (item4 !== undefined && !item_QualityControlResiduals(item4)) return false;
        const item5 = entry["batches"];
        if (item5 !== undefined && !item_QualityControlBatches(item5)) return false;
        const item6 = entry["potency"];
        if (item6 !== undefined && !item_QualityControlPotency(item6)) return false;
        const item7 = entry["releaseSpecification"];
        if (item7 !== undefined && !item_QualityControlReleaseSpecification(item7)) return false;
      }
    }
  }
  return true;
}
function node105(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["concentration"] === undefined) return false;
  if (x["assay"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "concentration" || k0 === "assay" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["concentration"];
  if (p1 !== undefined) {
    if (!def_MassConcentration(p1)) return false;
  }
  const p2 = x["assay"];
  if (p2 !== undefined) {
    if (!(p2 === "bca" || p2 === "bradford" || p2 === "qubit" || p2 === "lowry" || p2 === "absorbance-280" || p2 === "other")) return false;
  }
  const p3 = x["description"];
  if (p3 !== undefined) {
    if (!def_Text(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (node102(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_CharacterizationTotalProtein(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node105(x);
}
function def_ParticleConcentrationUnit(x) {
  if (!(x === "particles/mL" || x === "particles/ml" || x === "particles/µL" || x === "particles/μL" || x === "particles/uL")) return false;
  return true;
}
function def_ParticleConcentration(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 < 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_ParticleConcentrationUnit(p2)) return false;
  }
  return true;
}
function def_SizeUnit(x) {
  if (!(x === "nm")) return false;
  return true;
}
function node107(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["concentration"] === undefined) return false;
  }
  return true;
}
function node108(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["size"] === undefined) return false;
  }
  return true;
}
function node106(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS39.has(k0))) {
      return false;
    }
  }
  const p1 = x["concentration"];
  if (p1 !== undefined) {
    if (!def_ParticleConcentration(p1)) return false;
  }
  const p2 = x["size"];
  if (p2 !== undefined) {
    if (!((p2 !== null && typeof p2 == "object" && !Array.isArray(p2)))) return false;
    if (p2["unit"] === undefined) return false;
    if (Object.keys(p2).length < 2) return false;
    for (const k3 in p2) {
      if (!(k3 === "mode" || k3 === "mean" || k3 === "median" || k3 === "sd" || k3 === "unit")) {
        return false;
      }
    }
    const p4 = p2["mode"];
    if (p4 !== undefined) {
      if (!((typeof p4 == "number" && isFinite(p4)))) return false;
      if (p4 <= 0) return false;
    }
    const p5 = p2["mean"];
    if (p5 !== undefined) {
      if (!((typeof p5 == "number" && isFinite(p5)))) return false;
      if (p5 <= 0) return false;
    }
    const p6 = p2["median"];
    if (p6 !== undefined) {
      if (!((typeof p6 == "number" && isFinite(p6)))) return false;
      if (p6 <= 0) return false;
    }
    const p7 = p2["sd"];
    if (p7 !== undefined) {
      if (!((typeof p7 == "number" && isFinite(p7)))) return false;
      if (p7 < 0) return false;
    }
    const p8 = p2["unit"];
    if (p8 !== undefined) {
      if (!def_SizeUnit(p8)) return false;
    }
  }
  const p9 = x["method"];
  if (p9 !== undefined) {
    if (!(p9 === "nta" || p9 === "trps" || p9 === "nano-flow-cytometry" || p9 === "dls" || p9 === "other")) return false;
  }
  const p10 = x["instrument"];
  if (p10 !== undefined) {
    if (!def_Name(p10)) return false;
  }
  const p11 = x["settings"];
  if (p11 !== undefined) {
    if (!def_Text(p11)) return false;
  }
  const p12 = x["description"];
  if (p12 !== undefined) {
    if (!def_Text(p12)) return false;
  }
  const p13 = x["where"];
  if (p13 !== undefined) {
    if (!def_Where(p13)) return false;
  }
  const p14 = x["note"];
  if (p14 !== undefined) {
    if (!def_Note(p14)) return false;
  }
  if (!(node107(x) || node108(x))) return false;
  if (node49(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_CharacterizationParticles(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node106(x);
}
function node109(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["particlesPerMicrogram"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "particlesPerMicrogram" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["particlesPerMicrogram"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_CharacterizationPurity(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node109(x);
}
function node110(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["method"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "method" || k0 === "wideField" || k0 === "closeUp" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (!(p1 === "tem" || p1 === "cryo-em" || p1 === "afm" || p1 === "sem" || p1 === "other")) return false;
  }
  const p2 = x["wideField"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "boolean"))) return false;
  }
  const p3 = x["closeUp"];
  if (p3 !== undefined) {
    if (!((typeof p3 == "boolean"))) return false;
  }
  const p4 = x["description"];
  if (p4 !== undefined) {
    if (!def_Text(p4)) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  if (node49(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_CharacterizationImaging(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node110(x);
}
function node111(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["transmembrane"] === undefined) return false;
  if (x["cytosolic"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "transmembrane" || k0 === "cytosolic" || k0 === "method" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["transmembrane"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
  }
  const p3 = x["cytosolic"];
  if (p3 !== undefined) {
    if (!((Array.isArray(p3)))) return false;
    if (p3.length < 1) return false;
    if (p3.length > 200) return false;
    for (let i4 = 0; i4 < p3.length; i4++) if (!def_Name(p3[i4])) return false;
  }
  const p5 = x["method"];
  if (p5 !== undefined) {
    if (!(p5 === "western-blot" || p5 === "flow-cytometry" || p5 === "elisa" || p5 === "mass-spectrometry" || p5 === "other")) return false;
  }
  const p6 = x["where"];
  if (p6 !== undefined) {
    if (!def_Where(p6)) return false;
  }
  const p7 = x["note"];
  if (p7 !== undefined) {
    if (!def_Note(p7)) return false;
  }
  return true;
}
function item_CharacterizationEvMarkersPositive(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node111(x);
}
function node112(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["markers"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "markers" || k0 === "method" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["markers"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
  }
  const p3 = x["method"];
  if (p3 !== undefined) {
    if (!(p3 === "western-blot" || p3 === "flow-cytometry" || p3 === "elisa" || p3 === "mass-spectrometry" || p3 === "other")) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  return true;
}
function item_CharacterizationEvMarkersNegative(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node112(x);
}
function node114(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["positive"] === undefined) return false;
  }
  return true;
}
function node115(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["negative"] === undefined) return false;
  }
  return true;
}
function node113(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "positive" || k0 === "negative" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["positive"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
  }
  const p3 = x["negative"];
  if (p3 !== undefined) {
    if (!((Array.isArray(p3)))) return false;
    if (p3.length < 1) return false;
    if (p3.length > 200) return false;
    for (let i4 = 0; i4 < p3.length; i4++) if (!def_Name(p3[i4])) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  if (!(node114(x) || node115(x))) return false;
  return true;
}
function item_CharacterizationOriginMarkers(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node113(x);
}
function node117(x) {
  if (!(ALLOWED40.has(x))) return false;
  return true;
}
function node118(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["name"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "name" || k0 === "amount")) {
      return false;
    }
  }
  const p1 = x["name"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["amount"];
  if (p2 !== undefined) {
    if (!def_MassConcentration(p2)) return false;
  }
  return true;
}
function node116(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["methods"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "methods" || k0 === "factors" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["methods"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!node117(p1[i2])) return false;
  }
  const p3 = x["factors"];
  if (p3 !== undefined) {
    if (!((Array.isArray(p3)))) return false;
    if (p3.length < 1) return false;
    if (p3.length > 200) return false;
    for (let i4 = 0; i4 < p3.length; i4++) if (!node118(p3[i4])) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  return true;
}
function item_CharacterizationSolubleFactors(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node116(x);
}
function node120(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["unconditionedMedium"] === undefined) return false;
  }
  return true;
}
function node121(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["evDepletedFraction"] === undefined) return false;
  }
  return true;
}
function node119(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "unconditionedMedium" || k0 === "evDepletedFraction" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["unconditionedMedium"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "boolean"))) return false;
  }
  const p2 = x["evDepletedFraction"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "boolean"))) return false;
  }
  const p3 = x["description"];
  if (p3 !== undefined) {
    if (!def_Text(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (!(node120(x) || node121(x))) return false;
  return true;
}
function item_CharacterizationFractionControls(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node119(x);
}
function node122(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["id"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "id" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["id"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "string"))) return false;
    if (p1.length > 8 && ucs2length(p1) > 8) return false;
    if (!PATTERN41.test(p1)) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_CharacterizationEvTrackId(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node122(x);
}
function items_characterization(x) {
  const item0 = x["totalProtein"];
  if (item0 !== undefined && !item_CharacterizationTotalProtein(item0)) return false;
  const item1 = x["particles"];
  if (item1 !== undefined && !item_CharacterizationParticles(item1)) return false;
  const item2 = x["purity"];
  if (item2 !== undefined && !item_CharacterizationPurity(item2)) return false;
  const item3 = x["imaging"];
  if (item3 !== undefined && !item_CharacterizationImaging(item3)) return false;
  const item4 = x["evMarkersPositive"];
  if (item4 !== undefined && !item_CharacterizationEvMarkersPositive(item4)) return false;
  const item5 = x["evMarkersNegative"];
  if (item5 !== undefined && !item_CharacterizationEvMarkersNegative(item5)) return false;
  const item6 = x["originMarkers"];
  if (item6 !== undefined && !item_CharacterizationOriginMarkers(item6)) return false;
  const item7 = x["solubleFactors"];
  if (item7 !== undefined && !item_CharacterizationSolubleFactors(item7)) return false;
  const item8 = x["fractionControls"];
  if (item8 !== undefined && !item_CharacterizationFractionControls(item8)) return false;
  const item9 = x["evTrackId"];
  if (item9 !== undefined && !item_CharacterizationEvTrackId(item9)) return false;
  const list = x["preparations"];
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (entry !== null && typeof entry == "object" && !Array.isArray(entry)) {
        const item0 = entry["totalProtein"];
        if (item0 !== undefined && !item_CharacterizationTotalProtein(item0)) return false;
        const item1 = entry["particles"];
        if (item1 !== undefined && !item_CharacterizationParticles(item1)) return false;
        const item2 = entry["purity"];
        if (item2 !== undefined && !item_CharacterizationPurity(item2)) return false;
        const item3 = entry["imaging"];
        if (item3 !== undefined && !item_CharacterizationImaging(item3)) return false;
        const item4 = entry["evMarkersPositive"];
        if (item4 !== undefined && !item_CharacterizationEvMarkersPositive(item4)) return false;
        const item5 = entry["evMarkersNegative"];
        if (item5 !== undefined && !item_CharacterizationEvMarkersNegative(item5)) return false;
        const item6 = entry["originMarkers"];
        if (item6 !== undefined && !item_CharacterizationOriginMarkers(item6)) return false;
        const item7 = entry["solubleFactors"];
        if (item7 !== undefined && !item_CharacterizationSolubleFactors(item7)) return false;
        const item8 = entry["fractionControls"];
        if (item8 !== undefined && !item_CharacterizationFractionControls(item8)) return false;
        const item9 = entry["evTrackId"];
        if (item9 !== undefined && !item_CharacterizationEvTrackId(item9)) return false;
      }
    }
  }
  return true;
}
function node124(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "cell-equivalents") return false;
    }
  }
  return true;
}
function node125(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "particles") return false;
    }
  }
  return true;
}
function node126(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "protein-mass") return false;
    }
  }
  return true;
}
function node127(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "conditioned-medium-volume") return false;
    }
  }
  return true;
}
function node128(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "cell-equivalents-per-body-weight") return false;
    }
  }
  return true;
}
function node129(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "particles-per-body-weight") return false;
    }
  }
  return true;
}
function node130(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "protein-mass-per-body-weight") return false;
    }
  }
  return true;
}
function node131(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "protein-concentration") return false;
    }
  }
  return true;
}
function node132(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "particles-per-target-cell") return false;
    }
  }
  return true;
}
function node133(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "particles-concentration") return false;
    }
  }
  return true;
}
function node135(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node136(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["unit"] === undefined) return false;
    const p0 = x["unit"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node134(x) {
  if (!(node135(x) || node136(x))) return false;
  return true;
}
function def_DoseAmount(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  if (x["basis"] === undefined) return false;
  if (x["per"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit" || k0 === "basis" || k0 === "per" || k0 === "foldConcentration" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!(ALLOWED42.has(p2))) return false;
  }
  const p3 = x["basis"];
  if (p3 !== undefined) {
    if (!(ALLOWED43.has(p3))) return false;
  }
  const p4 = x["per"];
  if (p4 !== undefined) {
    if (!(p4 === "administration" || p4 === "total")) return false;
  }
  const p5 = x["foldConcentration"];
  if (p5 !== undefined) {
    if (!((typeof p5 == "number" && isFinite(p5)))) return false;
    if (p5 < 1) return false;
  }
  const p6 = x["description"];
  if (p6 !== undefined) {
    if (!def_Text(p6)) return false;
  }
  if (node124(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p7 = x["unit"];
      if (p7 !== undefined) {
        if (!(p7 === "cell equivalents" || p7 === "cells")) return false;
      }
    }
  } else {
  }
  if (node125(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p8 = x["unit"];
      if (p8 !== undefined) {
        if (!(p8 === "particles")) return false;
      }
    }
  } else {
  }
  if (node126(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p9 = x["unit"];
      if (p9 !== undefined) {
        if (!(p9 === "pg" || p9 === "ng" || p9 === "µg" || p9 === "μg" || p9 === "ug" || p9 === "mg")) return false;
      }
    }
  } else {
  }
  if (node127(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p10 = x["unit"];
      if (p10 !== undefined) {
        if (!(ALLOWED27.has(p10))) return false;
      }
    }
  } else {
  }
  if (node128(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p11 = x["unit"];
      if (p11 !== undefined) {
        if (!(p11 === "cells/kg" || p11 === "cell equivalents/kg")) return false;
      }
    }
  } else {
  }
  if (node129(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p12 = x["unit"];
      if (p12 !== undefined) {
        if (!(p12 === "particles/kg" || p12 === "particles/g")) return false;
      }
    }
  } else {
  }
  if (node130(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p13 = x["unit"];
      if (p13 !== undefined) {
        if (!(ALLOWED44.has(p13))) return false;
      }
    }
  } else {
  }
  if (node131(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p14 = x["unit"];
      if (p14 !== undefined) {
        if (!(ALLOWED45.has(p14))) return false;
      }
    }
  } else {
  }
  if (node132(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p15 = x["unit"];
      if (p15 !== undefined) {
        if (!(p15 === "particles/cell")) return false;
      }
    }
  } else {
  }
  if (node133(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p16 = x["unit"];
      if (p16 !== undefined) {
        if (!(p16 === "particles/mL" || p16 === "particles/ml")) return false;
      }
    }
  } else {
  }
  if (node134(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function node123(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["amounts"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "amounts" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["amounts"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!def_DoseAmount(p1[i2])) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_DoseDose(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node123(x);
}
function node137(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "site" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(ALLOWED46.has(p1))) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["site"];
  if (p3 !== undefined) {
    if (!def_Name(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_DoseRoute(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node137(x);
}
function def_FlowRateUnit(x) {
  if (!(ALLOWED47.has(x))) return false;
  return true;
}
function def_FlowRate(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_FlowRateUnit(p2)) return false;
  }
  return true;
}
function node138(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["volume"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "volume" || k0 === "infusionRate" || k0 === "infusionDuration" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["volume"];
  if (p1 !== undefined) {
    if (!def_Volume(p1)) return false;
  }
  const p2 = x["infusionRate"];
  if (p2 !== undefined) {
    if (!def_FlowRate(p2)) return false;
  }
  const p3 = x["infusionDuration"];
  if (p3 !== undefined) {
    if (!def_Duration(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  return true;
}
function item_DoseVolume(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node138(x);
}
function node140(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["administrations"] === undefined) return false;
    const p0 = x["administrations"];
    if (p0 !== undefined) {
      if (typeof p0 == "number" && isFinite(p0)) {
        if (p0 < 2) return false;
      }
    }
  }
  return true;
}
function node139(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["administrations"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "administrations" || k0 === "interval" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["administrations"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
    if (p1 < 1) return false;
  }
  const p2 = x["interval"];
  if (p2 !== undefined) {
    if (!def_Duration(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node140(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["interval"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_DoseRegimen(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node139(x);
}
function def_SignedDuration(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_DurationUnit(p2)) return false;
  }
  return true;
}
function node142(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["offset"] === undefined) return false;
  }
  return true;
}
function node143(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["age"] === undefined) return false;
  }
  return true;
}
function node141(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["approach"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS48.has(k0))) {
      return false;
    }
  }
  const p1 = x["approach"];
  if (p1 !== undefined) {
    if (!(p1 === "preventive" || p1 === "therapeutic")) return false;
  }
  const p2 = x["relativeTo"];
  if (p2 !== undefined) {
    if (!(p2 === "model-induction" || p2 === "disease-onset" || p2 === "diagnosis" || p2 === "surgery" || p2 === "birth" || p2 === "other")) return false;
  }
  const p3 = x["offset"];
  if (p3 !== undefined) {
    if (!def_SignedDuration(p3)) return false;
  }
  const p4 = x["age"];
  if (p4 !== undefined) {
    if (!def_Duration(p4)) return false;
  }
  const p5 = x["description"];
  if (p5 !== undefined) {
    if (!def_Text(p5)) return false;
  }
  const p6 = x["where"];
  if (p6 !== undefined) {
    if (!def_Where(p6)) return false;
  }
  const p7 = x["note"];
  if (p7 !== undefined) {
    if (!def_Note(p7)) return false;
  }
  if (!(node142(x) || node143(x))) return false;
  return true;
}
function item_DoseTiming(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node141(x);
}
function node145(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["used"] === undefined) return false;
    const p0 = x["used"];
    if (p0 !== undefined) {
      if (p0 !== true) return false;
    }
  }
  return true;
}
function node144(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["used"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "used" || k0 === "material" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["used"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "boolean"))) return false;
  }
  const p2 = x["material"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node145(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["material"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_DoseCarrier(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node144(x);
}
function node147(x) {
  if (!(ALLOWED49.has(x))) return false;
  return true;
}
function node146(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["groups"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "groups" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["groups"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 1; i2 < p1.length; i2++) for (let j3 = 0; j3 < i2; j3++) if (deepEqual(p1[i2], p1[j3])) return false;
    for (let i4 = 0; i4 < p1.length; i4++) if (!node147(p1[i4])) return false;
  }
  const p5 = x["description"];
  if (p5 !== undefined) {
    if (!def_Text(p5)) return false;
  }
  const p6 = x["where"];
  if (p6 !== undefined) {
    if (!def_Where(p6)) return false;
  }
  const p7 = x["note"];
  if (p7 !== undefined) {
    if (!def_Note(p7)) return false;
  }
  return true;
}
function item_DoseControls(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node146(x);
}
function node149(x) {
  if (!(x === "female" || x === "male")) return false;
  return true;
}
function def_BodyMassUnit(x) {
  if (!(x === "g" || x === "kg")) return false;
  return true;
}
function def_BodyMass(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  if (x["unit"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    if (p1 <= 0) return false;
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!def_BodyMassUnit(p2)) return false;
  }
  return true;
}
function node148(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["species"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS50.has(k0))) {
      return false;
    }
  }
  const p1 = x["species"];
  if (p1 !== undefined) {
    if (!(ALLOWED17.has(p1))) return false;
  }
  const p2 = x["strain"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["sex"];
  if (p3 !== undefined) {
    if (!((Array.isArray(p3)))) return false;
    if (p3.length < 1) return false;
    if (p3.length > 200) return false;
    for (let i4 = 1; i4 < p3.length; i4++) for (let j5 = 0; j5 < i4; j5++) if (deepEqual(p3[i4], p3[j5])) return false;
    for (let i6 = 0; i6 < p3.length; i6++) if (!node149(p3[i6])) return false;
  }
  const p7 = x["age"];
  if (p7 !== undefined) {
    if (!def_Duration(p7)) return false;
  }
  const p8 = x["weight"];
  if (p8 !== undefined) {
    if (!def_BodyMass(p8)) return false;
  }
  const p9 = x["source"];
  if (p9 !== undefined) {
    if (!def_Name(p9)) return false;
  }
  const p10 = x["where"];
  if (p10 !== undefined) {
    if (!def_Where(p10)) return false;
  }
  const p11 = x["note"];
  if (p11 !== undefined) {
    if (!def_Note(p11)) return false;
  }
  return true;
}
function item_DoseRecipients(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node148(x);
}
function node150(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["targetCells"] === undefined) return false;
  if (x["duration"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "targetCells" || k0 === "stimulus" || k0 === "dose" || k0 === "duration" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["targetCells"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["stimulus"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["dose"];
  if (p3 !== undefined) {
    if (!def_DoseAmount(p3)) return false;
  }
  const p4 = x["duration"];
  if (p4 !== undefined) {
    if (!def_Duration(p4)) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  return true;
}
function item_DoseInVitroExposure(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node150(x);
}
function items_doseAdministration(x) {
  const item0 = x["dose"];
  if (item0 !== undefined && !item_DoseDose(item0)) return false;
  const item1 = x["route"];
  if (item1 !== undefined && !item_DoseRoute(item1)) return false;
  const item2 = x["volume"];
  if (item2 !== undefined && !item_DoseVolume(item2)) return false;
  const item3 = x["regimen"];
  if (item3 !== undefined && !item_DoseRegimen(item3)) return false;
  const item4 = x["timing"];
  if (item4 !== undefined && !item_DoseTiming(item4)) return false;
  const item5 = x["carrier"];
  if (item5 !== undefined && !item_DoseCarrier(item5)) return false;
  const item6 = x["controls"];
  if (item6 !== undefined && !item_DoseControls(item6)) return false;
  const item7 = x["recipients"];
  if (item7 !== undefined && !item_DoseRecipients(item7)) return false;
  const item8 = x["inVitroExposure"];
  if (item8 !== undefined && !item_DoseInVitroExposure(item8)) return false;
  const list = x["arms"];
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (entry !== null && typeof entry == "object" && !Array.isArray(entry)) {
        const item0 = entry["dose"];
        if (item0 !== undefined && !item_DoseDose(item0)) return false;
        const item1 = entry["route"];
        if (item1 !== undefined && !item_DoseRoute(item1)) return false;
        const item2 = entry["volume"];
        if (item2 !== undefined && !item_DoseVolume(item2)) return false;
        const item3 = entry["regimen"];
        if (item3 !== undefined && !item_DoseRegimen(item3)) return false;
        const item4 = entry["timing"];
        if (item4 !== undefined && !item_DoseTiming(item4)) return false;
        const item5 = entry["carrier"];
        if (item5 !== undefined && !item_DoseCarrier(item5)) return false;
        const item6 = entry["controls"];
        if (item6 !== undefined && !item_DoseControls(item6)) return false;
        const item7 = entry["recipients"];
        if (item7 !== undefined && !item_DoseRecipients(item7)) return false;
        const item8 = entry["inVitroExposure"];
        if (item8 !== undefined && !item_DoseInVitroExposure(item8)) return false;
      }
    }
  }
  return true;
}
function node151(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["value"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "condition" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!(ALLOWED51.has(p1))) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["condition"];
  if (p3 !== undefined) {
    if (!def_Name(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  if (node21(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_OutcomesModel(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node151(x);
}
function node152(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["measure"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "measure" || k0 === "prespecified" || k0 === "timepoint" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["measure"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["prespecified"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "boolean"))) return false;
  }
  const p3 = x["timepoint"];
  if (p3 !== undefined) {
    if (!def_Duration(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  return true;
}
function item_OutcomesPrimaryOutcome(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node152(x);
}
function node154(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["group"] === undefined) return false;
  if (x["n"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "group" || k0 === "n")) {
      return false;
    }
  }
  const p1 = x["group"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["n"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "number" && !(p2 % 1) && isFinite(p2)))) return false;
    if (p2 < 1) return false;
  }
  return true;
}
function node153(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["perGroup"] === undefined) return false;
  if (x["justification"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "perGroup" || k0 === "justification" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["perGroup"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!node154(p1[i2])) return false;
  }
  const p3 = x["justification"];
  if (p3 !== undefined) {
    if (!(p3 === "power-calculation" || p3 === "pilot-data" || p3 === "feasibility" || p3 === "convention" || p3 === "not-justified" || p3 === "other")) return false;
  }
  const p4 = x["description"];
  if (p4 !== undefined) {
    if (!def_Text(p4)) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  return true;
}
function item_OutcomesSampleSize(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node153(x);
}
function node156(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["randomised"] === undefined) return false;
    const p0 = x["randomised"];
    if (p0 !== undefined) {
      if (p0 !== true) return false;
    }
  }
  return true;
}
function node155(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["randomised"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "randomised" || k0 === "method" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["randomised"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "boolean"))) return false;
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node156(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["method"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_OutcomesRandomisation(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node155(x);
}
function node158(x) {
  if (!(ALLOWED52.has(x))) return false;
  return true;
}
function node157(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["blinded"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "blinded" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["blinded"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 1; i2 < p1.length; i2++) for (let j3 = 0; j3 < i2; j3++) if (deepEqual(p1[i2], p1[j3])) return false;
    for (let i4 = 0; i4 < p1.length; i4++) if (!node158(p1[i4])) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  return true;
}
function item_OutcomesBlinding(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node157(x);
}
function node162(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["test"] === undefined) return false;
    const p0 = x["test"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node161(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["test"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "test" || k0 === "measure" || k0 === "timepoints" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["test"];
  if (p1 !== undefined) {
    if (!(ALLOWED53.has(p1))) return false;
  }
  const p2 = x["measure"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["timepoints"];
  if (p3 !== undefined) {
    if (!((Array.isArray(p3)))) return false;
    if (p3.length < 1) return false;
    if (p3.length > 200) return false;
    for (let i4 = 0; i4 < p3.length; i4++) if (!def_SignedDuration(p3[i4])) return false;
  }
  const p5 = x["description"];
  if (p5 !== undefined) {
    if (!def_Text(p5)) return false;
  }
  if (node162(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function node160(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node161(x[i0])) return false;
  return true;
}
function node159(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["tests"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "tests" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["tests"];
  if (p1 !== undefined) {
    if (!node160(p1)) return false;
  }
  const p2 = x["where"];
  if (p2 !== undefined) {
    if (!def_Where(p2)) return false;
  }
  const p3 = x["note"];
  if (p3 !== undefined) {
    if (!def_Note(p3)) return false;
  }
  return true;
}
function item_OutcomesTests(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node159(x);
}
function node166(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["scale"] === undefined) return false;
    const p0 = x["scale"];
    if (p0 !== undefined) {
      if (p0 !== "other") return false;
    }
  }
  return true;
}
function node165(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["scale"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "scale" || k0 === "timepoints" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["scale"];
  if (p1 !== undefined) {
    if (!(ALLOWED54.has(p1))) return false;
  }
  const p2 = x["timepoints"];
  if (p2 !== undefined) {
    if (!((Array.isArray(p2)))) return false;
    if (p2.length < 1) return false;
    if (p2.length > 200) return false;
    for (let i3 = 0; i3 < p2.length; i3++) if (!def_Duration(p2[i3])) return false;
  }
  const p4 = x["description"];
  if (p4 !== undefined) {
    if (!def_Text(p4)) return false;
  }
  if (node166(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["description"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function node164(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node165(x[i0])) return false;
  return true;
}
function node163(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["scales"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "scales" || k0 === "followUp" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["scales"];
  if (p1 !== undefined) {
    if (!node164(p1)) return false;
  }
  const p2 = x["followUp"];
  if (p2 !== undefined) {
    if (!def_Duration(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_OutcomesClinicalScales(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node163(x);
}
function node167(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["central"] === undefined) return false;
  if (x["spread"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "central" || k0 === "spread" || k0 === "effectSize" || k0 === "confidenceInterval" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["central"];
  if (p1 !== undefined) {
    if (!(p1 === "mean" || p1 === "median")) return false;
  }
  const p2 = x["spread"];
  if (p2 !== undefined) {
    if (!(p2 === "sd" || p2 === "sem" || p2 === "iqr" || p2 === "range" || p2 === "ci")) return false;
  }
  const p3 = x["effectSize"];
  if (p3 !== undefined) {
    if (!(p3 === "mean-difference" || p3 === "standardised-mean-difference" || p3 === "ratio" || p3 === "percent-reversal" || p3 === "other")) return false;
  }
  const p4 = x["confidenceInterval"];
  if (p4 !== undefined) {
    if (!((typeof p4 == "boolean"))) return false;
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  return true;
}
function item_OutcomesEffectEstimates(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node167(x);
}
function node169(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["target"] === undefined) return false;
  if (x["tissue"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "target" || k0 === "tissue" || k0 === "timepoint" || k0 === "method")) {
      return false;
    }
  }
  const p1 = x["target"];
  if (p1 !== undefined) {
    if (!def_Name(p1)) return false;
  }
  const p2 = x["tissue"];
  if (p2 !== undefined) {
    if (!(ALLOWED55.has(p2))) return false;
  }
  const p3 = x["timepoint"];
  if (p3 !== undefined) {
    if (!def_Duration(p3)) return false;
  }
  const p4 = x["method"];
  if (p4 !== undefined) {
    if (!def_Name(p4)) return false;
  }
  return true;
}
function node168(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["readouts"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "readouts" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["readouts"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!node169(p1[i2])) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_OutcomesMechanisticReadouts(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node168(x);
}
function node170(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["collected"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "collected" || k0 === "method" || k0 === "events" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["collected"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "boolean"))) return false;
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (!def_Name(p2)) return false;
  }
  const p3 = x["events"];
  if (p3 !== undefined) {
    if (!def_Text(p3)) return false;
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  return true;
}
function item_OutcomesAdverseEvents(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node170(x);
}
function node172(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["excluded"] === undefined) return false;
    const p0 = x["excluded"];
    if (p0 !== undefined) {
      if (typeof p0 == "number" && isFinite(p0)) {
        if (p0 < 1) return false;
      }
    }
  }
  return true;
}
function node171(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["excluded"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "excluded" || k0 === "reasons" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["excluded"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
    if (p1 < 0) return false;
  }
  const p2 = x["reasons"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node172(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      if (x["reasons"] === undefined) return false;
    }
  } else {
  }
  return true;
}
function item_OutcomesExclusions(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node171(x);
}
function node174(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["registry"] === undefined) return false;
    const p0 = x["registry"];
    if (p0 !== undefined) {
      if (p0 !== "clinicaltrials-gov") return false;
    }
  }
  return true;
}
function node173(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["registry"] === undefined) return false;
  if (x["id"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "registry" || k0 === "id" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["registry"];
  if (p1 !== undefined) {
    if (!(ALLOWED56.has(p1))) return false;
  }
  const p2 = x["id"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "string"))) return false;
    if (p2.length < 6 && ucs2length(p2) < 3) return false;
    if (p2.length > 40 && ucs2length(p2) > 40) return false;
    if (!PATTERN57.test(p2)) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  if (node174(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p5 = x["id"];
      if (p5 !== undefined) {
        if (typeof p5 == "string") {
          if (!PATTERN58.test(p5)) return false;
        }
      }
    }
  } else {
  }
  return true;
}
function item_OutcomesTrialRegistration(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node173(x);
}
function node175(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["measures"] === undefined) return false;
  for (const k0 in x) {
    if (!(k0 === "measures" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["measures"];
  if (p1 !== undefined) {
    if (!((Array.isArray(p1)))) return false;
    if (p1.length < 1) return false;
    if (p1.length > 200) return false;
    for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  return true;
}
function item_OutcomesEmotionalDimension(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node175(x);
}
function items_outcomes(x) {
  const item0 = x["model"];
  if (item0 !== undefined && !item_OutcomesModel(item0)) return false;
  const item1 = x["primaryOutcome"];
  if (item1 !== undefined && !item_OutcomesPrimaryOutcome(item1)) return false;
  const item2 = x["sampleSize"];
  if (item2 !== undefined && !item_OutcomesSampleSize(item2)) return false;
  const item3 = x["randomisation"];
  if (item3 !== undefined && !item_OutcomesRandomisation(item3)) return false;
  const item4 = x["blinding"];
  if (item4 !== undefined && !item_OutcomesBlinding(item4)) return false;
  const item5 = x["tests"];
  if (item5 !== undefined && !item_OutcomesTests(item5)) return false;
  const item6 = x["clinicalScales"];
  if (item6 !== undefined && !item_OutcomesClinicalScales(item6)) return false;
  const item7 = x["effectEstimates"];
  if (item7 !== undefined && !item_OutcomesEffectEstimates(item7)) return false;
  const item8 = x["mechanisticReadouts"];
  if (item8 !== undefined && !item_OutcomesMechanisticReadouts(item8)) return false;
  const item9 = x["adverseEvents"];
  if (item9 !== undefined && !item_OutcomesAdverseEvents(item9)) return false;
  const item10 = x["exclusions"];
  if (item10 !== undefined && !item_OutcomesExclusions(item10)) return false;
  const item11 = x["trialRegistration"];
  if (item11 !== undefined && !item_OutcomesTrialRegistration(item11)) return false;
  const item12 = x["emotionalDimension"];
  if (item12 !== undefined && !item_OutcomesEmotionalDimension(item12)) return false;
  return true;
}

export function isValidDocument(x) {
  if (!node0(x)) return false;
  if (!(x !== null && typeof x == "object" && !Array.isArray(x))) return true;
  const section0 = x["cellSource"];
  if (section0 !== null && typeof section0 == "object" && !Array.isArray(section0) && !items_cellSource(section0)) return false;
  const section2 = x["isolationExpansion"];
  if (section2 !== null && typeof section2 == "object" && !Array.isArray(section2) && !items_isolationExpansion(section2)) return false;
  const section4 = x["production"];
  if (section4 !== null && typeof section4 == "object" && !Array.isArray(section4) && !items_production(section4)) return false;
  const section6 = x["storage"];
  if (section6 !== null && typeof section6 == "object" && !Array.isArray(section6) && !items_storage(section6)) return false;
  const section8 = x["qualityControl"];
  if (section8 !== null && typeof section8 == "object" && !Array.isArray(section8) && !items_qualityControl(section8)) return false;
  const section10 = x["characterization"];
  if (section10 !== null && typeof section10 == "object" && !Array.isArray(section10) && !items_characterization(section10)) return false;
  const section12 = x["doseAdministration"];
  if (section12 !== null && typeof section12 == "object" && !Array.isArray(section12) && !items_doseAdministration(section12)) return false;
  const section14 = x["outcomes"];
  if (section14 !== null && typeof section14 == "object" && !Array.isArray(section14) && !items_outcomes(section14)) return false;
  return true;
}
