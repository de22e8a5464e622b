// GENERATED from schemas/study-report-1.1.schema.json by scripts/generate.ts. Do not edit: run "npm run generate".
/* eslint-disable */
import { ucs2length, deepEqual } from '../../runtime.js';
const hasOwn = Object.prototype.hasOwnProperty;
const KEYS0 = new Set(["$schema","checklistVersion","study","cellSource","isolationExpansion","production","storage","qualityControl","characterization","doseAdministration","outcomes"]);
const KEYS1 = new Set(["title","citation","citations","design","condition","note","clinicalStudyType","where"]);
const PATTERN2 = new RegExp("^10\\.[0-9]{4,9}/[^\\s]{1,200}$", "u");
const PATTERN3 = new RegExp("^[0-9]{1,9}$", "u");
const KEYS4 = new Set(["species","tissue","relation","donors","provider","nomenclature","ethics"]);
const KEYS5 = new Set(["isolationMethod","identity","expansionMedium","passage","density","cultureFormat","oxygen","mycoplasma","karyotype"]);
const KEYS6 = new Set(["preparation","origin","conditioningMedium","conditioningDuration","cellsAtCollection","viabilityAtCollection","priming","primingConditions","clarification","preConcentrationHandling","concentration","evSeparation","vehicle","gmp","preparations"]);
const KEYS7 = new Set(["id","label","preparation","origin","conditioningMedium","conditioningDuration","cellsAtCollection","viabilityAtCollection","priming","primingConditions","clarification","preConcentrationHandling","concentration","evSeparation","vehicle","gmp"]);
const PATTERN8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
const KEYS9 = new Set(["form","temperature","duration","freezeThaw","excipient","reconstitution","container","stability","preparations"]);
const KEYS10 = new Set(["preparationId","form","temperature","duration","freezeThaw","excipient","reconstitution","container","stability"]);
const KEYS11 = new Set(["sterility","endotoxin","mycoplasmaProduct","adventitiousAgents","residuals","batches","potency","releaseSpecification","preparations"]);
const KEYS12 = new Set(["preparationId","sterility","endotoxin","mycoplasmaProduct","adventitiousAgents","residuals","batches","potency","releaseSpecification"]);
const KEYS13 = new Set(["totalProtein","particles","purity","imaging","evMarkersPositive","evMarkersNegative","originMarkers","solubleFactors","fractionControls","evTrackId","preparations"]);
const KEYS14 = new Set(["preparationId","totalProtein","particles","purity","imaging","evMarkersPositive","evMarkersNegative","originMarkers","solubleFactors","fractionControls","evTrackId"]);
const KEYS15 = new Set(["dose","route","volume","regimen","timing","carrier","coInterventions","controls","recipients","inVitroExposure","arms"]);
const KEYS16 = new Set(["id","label","preparationId","dose","route","volume","regimen","timing","carrier","coInterventions"]);
const KEYS17 = new Set(["model","primaryOutcome","sampleSize","randomisation","blinding","tests","clinicalScales","effectEstimates","mechanisticReadouts","adverseEvents","exclusions","trialRegistration","emotionalDimension","results","arms"]);
const KEYS18 = new Set(["domain","measure","test","tissues","direction","significant","doseResponse","timepoints","relativeTo","baseline","rank","description","where","note"]);
const ALLOWED19 = new Set(["pain","biochemical","histological","functional","imaging","safety","other"]);
const ALLOWED20 = new Set(["von-frey","hargreaves","hot-plate","cold-plate","randall-selitto","acetone","pin-prick","tail-flick","weight-bearing","grimace","burrowing","gait","conditioned-place-preference","open-field","rotarod","plantar","incapacitance","electronic-von-frey","dynamic-plantar-aesthesiometer","cold-allodynia","formalin","writhing","paw-withdrawal-latency","vas","nrs","womac","koos","odi","bpi","dash","pgic","sf-36","eq-5d","lequesne","lefs","mpq","sf-mpq","promis","hads","pain-level-unspecified","other"]);
const ALLOWED21 = new Set(["nerve","drg","spinal-cord","brain","joint","skin","serum","csf","sciatic-nerve","peripheral-nervous-system","central-nervous-system","prefrontal-cortex","anterior-cingulate-cortex","somatosensory-cortex","hippocampus","amygdala","thalamus","hypothalamus","periaqueductal-grey","brainstem","cerebral-organoid","plasma","blood","synovial-fluid","synovial-membrane","cartilage","subchondral-bone","temporomandibular-joint","intervertebral-disc","annulus-fibrosus","nucleus-pulposus","lung","tendon","muscle","bladder","paw","cell-culture","culture-supernatant","other"]);
const ALLOWED22 = new Set(["s","sec","min","h","hr","hrs","hour","hours","d","day","days","wk","week","weeks","mo","month","months","y","yr","year","years"]);
const ALLOWED23 = new Set(["model-induction","treatment","treatment-start","treatment-end","baseline","age","other"]);
const KEYS24 = new Set(["armId","model","primaryOutcome","sampleSize","randomisation","blinding","tests","clinicalScales","effectEstimates","mechanisticReadouts","adverseEvents","exclusions","trialRegistration","emotionalDimension","results"]);
const ALLOWED25 = new Set(["randomised-controlled","non-randomised-controlled","single-arm-open-label","open-label","case-series","case-report","registered-trial","other"]);
const ALLOWED26 = new Set(["human","rat","mouse","pig","dog","cat","horse","sheep","goat","rabbit","cow","non-human-primate","other"]);
const ALLOWED27 = new Set(["umbilical-cord-whartons-jelly","umbilical-cord","umbilical-cord-blood","amniotic-membrane","amniotic-fluid","placenta","chorionic-villi","bone-marrow","adipose-tissue","skeletal-muscle","periosteum-cortical-bone","synovial-membrane","synovial-fluid","articular-cartilage","meniscus","liver","lung","dental-pulp","exfoliated-deciduous-teeth","gingiva","salivary-gland","endometrium","peripheral-blood","urine","breast-milk","ovarian-tissue","testicular-tissue","inflamed-synovial-fluid","menstrual-blood","ipsc-derived","other"]);
const KEYS28 = new Set(["count","pooled","ageYears","sex","health","where","note"]);
const KEYS29 = new Set(["type","name","catalogueNumber","lot","rrid","where","note"]);
const PATTERN30 = new RegExp("^RRID:[A-Za-z]{2,12}_[A-Za-z0-9_:-]{1,40}$", "u");
const KEYS31 = new Set(["plasticAdherence","positiveMarkers","negativeMarkers","method","differentiation","where","note"]);
const ALLOWED32 = new Set(["2d","3d-spheroid","microcarrier","bioreactor","scaffold","hollow-fibre","other"]);
const ALLOWED33 = new Set(["conditioned-medium","concentrated-conditioned-medium","small-ev","large-ev","ev","ev-depleted-conditioned-medium","lyophilised-secretome","commercial-product","cells-in-conditioned-medium","other"]);
const KEYS34 = new Set(["basalMedium","serum","depletionMethod","supplements","phenolRedFree","description","where","note"]);
const ALLOWED35 = new Set(["nL","µL","μL","uL","mL","ml","L","l"]);
const ALLOWED36 = new Set(["hypoxia","cytokine","lps","three-d-culture","drug","genetic","mechanical","other"]);
const ALLOWED37 = new Set(["pg/mL","pg/ml","ng/mL","ng/ml","µg/mL","μg/mL","ug/mL","µg/ml","μg/ml","ug/ml","mg/mL","mg/ml","mg/L","g/L","µg/µL","μg/μL","ug/uL"]);
const KEYS38 = new Set(["method","force","duration","rotor","rotorRadius","kFactor","temperature","poreSize"]);
const ALLOWED39 = new Set(["×g","xg","x g","g","rcf","RCF","rpm"]);
const KEYS40 = new Set(["method","device","mwco","fold","description","where","note","concentrated"]);
const ALLOWED41 = new Set(["none","centrifugal-ultrafiltration","tangential-flow-filtration","lyophilisation","peg-precipitation","ultracentrifugation","other"]);
const KEYS42 = new Set(["method","force","duration","rotor","rotorRadius","kFactor","temperature","product","description"]);
const ALLOWED43 = new Set(["differential-ultracentrifugation","density-gradient","size-exclusion-chromatography","ultrafiltration","tangential-flow-filtration","precipitation","immunoaffinity","asymmetric-flow-field-flow-fractionation","other"]);
const ALLOWED44 = new Set(["%","% w/v","% v/v","mM","M","mg/mL","mg/ml","µg/mL","μg/mL","ug/mL"]);
const KEYS45 = new Set(["method","level","belowDetection","limitOfDetection","description","where","note"]);
const ALLOWED46 = new Set(["t-cell-suppression","macrophage-polarisation","nf-kb-reporter","neuronal-assay","glial-assay","angiogenesis","wound-healing","other"]);
const KEYS47 = new Set(["concentration","size","method","instrument","settings","description","where","note"]);
const ALLOWED48 = new Set(["cytokine-array","elisa","multiplex-immunoassay","proteomics","lipidomics","mirna-sequencing","rna-sequencing","other"]);
const PATTERN49 = new RegExp("^EV[0-9]{6}$", "u");
const KEYS50 = new Set(["value","unit","basis","per","foldConcentration","description","range","analyte","volume","component","administrations","where"]);
const ALLOWED51 = new Set(["cell equivalents","cells","particles","pg","ng","µg","μg","ug","mg","nL","µL","μL","uL","mL","ml","L","l","cells/kg","cell equivalents/kg","particles/kg","particles/g","ng/kg","µg/kg","μg/kg","ug/kg","mg/kg","µg/g","μg/g","ug/g","ng/mL","ng/ml","µg/mL","μg/mL","ug/mL","µg/ml","μg/ml","ug/ml","mg/mL","mg/ml","particles/cell","particles/mL","particles/ml","other"]);
const ALLOWED52 = new Set(["cell-equivalents","particles","protein-mass","conditioned-medium-volume","cell-equivalents-per-body-weight","particles-per-body-weight","protein-mass-per-body-weight","protein-concentration","particles-per-target-cell","particles-concentration","mass","mass-concentration","mass-per-body-weight","cells","other"]);
const ALLOWED53 = new Set(["ng/kg","µg/kg","μg/kg","ug/kg","mg/kg","µg/g","μg/g","ug/g"]);
const ALLOWED54 = new Set(["ng/mL","ng/ml","µg/mL","μg/mL","ug/mL","µg/ml","μg/ml","ug/ml","mg/mL","mg/ml"]);
const KEYS55 = new Set(["value","description","site","where","note","device","guidance","siteCount","sites"]);
const ALLOWED56 = new Set(["intravenous","intraperitoneal","intrathecal","intracerebroventricular","perineural","intraneural","intraplantar","subcutaneous","intradermal","intra-articular","intradiscal","epidural","intramuscular","intranasal","intravesical","topical","oral","implanted-biomaterial","intratracheal","peribulbar","retrobulbar","intravitreal","intravertebral","intraosseous","intracisternal","intralesional","local","multiple","other"]);
const ALLOWED57 = new Set(["µL/min","μL/min","uL/min","mL/min","ml/min","mL/h","ml/h"]);
const KEYS58 = new Set(["approach","relativeTo","offset","age","description","where","note","offsets"]);
const ALLOWED59 = new Set(["model-induction","disease-onset","diagnosis","surgery","birth","age","treatment-start","other"]);
const ALLOWED60 = new Set(["percutaneous-laser-disc-decompression","nerve-transfer-surgery","surgery","msc-cells","hyaluronic-acid","analgesics","opioids","physiotherapy","other"]);
const ALLOWED61 = new Set(["vehicle","unconditioned-medium","ev-depleted-fraction","parent-msc","active-comparator","sham","naive","placebo","hyaluronic-acid","untreated","none","other"]);
const KEYS62 = new Set(["species","strain","sex","age","weight","source","where","note","ageYears","description","count","condition"]);
const KEYS63 = new Set(["targetCells","stimulus","dose","duration","where","note","setting","sequence","description","stimuli"]);
const KEYS64 = new Set(["value","description","condition","where","note","joint","inducingAgent","spontaneous"]);
const ALLOWED65 = new Set(["cci","sni","psl","snl","stz-diabetic","db-db","cipn-oxaliplatin","cipn-paclitaxel","cipn-vincristine","cipn-other","cfa","carrageenan","mia-oa","collagenase-oa","dmm-oa","disc-injury","incisional","bone-cancer","cancer-other","sci","interstitial-cystitis","clinical-condition","in-vitro-model","pnl","tmj-oa","tnf-biomaterial","disc-degeneration","musculoskeletal-pain","low-back-pain","brachial-plexus-injury","retinitis-pigmentosa","other"]);
const ALLOWED66 = new Set(["outcome-assessors","caregivers","investigators","participants","data-analysts","surgeons","none"]);
const ALLOWED67 = new Set(["von-frey","hargreaves","hot-plate","cold-plate","randall-selitto","acetone","pin-prick","tail-flick","weight-bearing","grimace","burrowing","gait","conditioned-place-preference","open-field","rotarod","plantar","incapacitance","electronic-von-frey","dynamic-plantar-aesthesiometer","cold-allodynia","formalin","writhing","paw-withdrawal-latency","other"]);
const ALLOWED68 = new Set(["mechanical-allodynia","mechanical-hyperalgesia","thermal-hyperalgesia","thermal-hypoalgesia","heat-hyperalgesia","cold-allodynia","weight-bearing","spontaneous-pain","motor-function","other"]);
const ALLOWED69 = new Set(["vas","nrs","womac","koos","odi","bpi","dash","pgic","sf-36","eq-5d","lequesne","lefs","mpq","sf-mpq","promis","hads","pain-level-unspecified","other"]);
const KEYS70 = new Set(["central","spread","effectSize","confidenceInterval","description","where","note"]);
const KEYS71 = new Set(["registry","id","where","note","status","statusDate","description"]);
const ALLOWED72 = new Set(["clinicaltrials-gov","euctr","isrctn","chictr","anzctr","jrct","other"]);
const PATTERN73 = new RegExp("^[A-Za-z0-9][A-Za-z0-9/._-]{2,39}$", "u");
const ALLOWED74 = new Set(["not-yet-recruiting","recruiting","enrolling-by-invitation","active-not-recruiting","completed","suspended","terminated","withdrawn","unknown"]);
const PATTERN75 = new RegExp("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "u");
const PATTERN76 = new RegExp("^NCT[0-9]{8}$", "u");

function def_Text(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length < 2 && ucs2length(x) < 1) return false;
  if (x.length > 2000 && ucs2length(x) > 2000) return false;
  return true;
}
function def_Name(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length < 2 && ucs2length(x) < 1) return false;
  if (x.length > 200 && ucs2length(x) > 200) return false;
  return true;
}
function node3(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "doi" || k0 === "pmid" || k0 === "year" || k0 === "authors" || k0 === "journal" || k0 === "title")) {
      return false;
    }
  }
  const p1 = x["doi"];
  if (p1 !== undefined) {
    if (!((typeof p1 == "string"))) return false;
    if (p1.length > 220 && ucs2length(p1) > 220) return false;
    if (!PATTERN2.test(p1)) return false;
  }
  const p2 = x["pmid"];
  if (p2 !== undefined) {
    if (!((typeof p2 == "string"))) return false;
    if (p2.length > 9 && ucs2length(p2) > 9) return false;
    if (!PATTERN3.test(p2)) return false;
  }
  const p3 = x["year"];
  if (p3 !== undefined) {
    if (!((typeof p3 == "number" && !(p3 % 1) && isFinite(p3)))) return false;
    if (p3 < 1950) return false;
    if (p3 > 2100) return false;
  }
  const p4 = x["authors"];
  if (p4 !== undefined) {
    if (!def_Name(p4)) return false;
  }
  const p5 = x["journal"];
  if (p5 !== undefined) {
    if (!def_Name(p5)) return false;
  }
  const p6 = x["title"];
  if (p6 !== undefined) {
    if (!def_Text(p6)) return false;
  }
  return true;
}
function node2(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 20) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node3(x[i0])) return false;
  return true;
}
function node4(x) {
  if (!(x === "in-vivo" || x === "in-vitro" || x === "clinical")) return false;
  return true;
}
function def_Note(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length > 2000 && ucs2length(x) > 2000) return false;
  return true;
}
function def_Where(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length < 2 && ucs2length(x) < 1) return false;
  if (x.length > 300 && ucs2length(x) > 300) return false;
  return true;
}
function node1(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS1.has(k0))) {
      return false;
    }
  }
  const p1 = x["title"];
  if (p1 !== undefined) {
    if (!def_Text(p1)) return false;
  }
  const p2 = x["citation"];
  if (p2 !== undefined) {
    if (!((p2 !== null && typeof p2 == "object" && !Array.isArray(p2)))) return false;
    for (const k3 in p2) {
      if (!(k3 === "doi" || k3 === "pmid" || k3 === "year" || k3 === "authors" || k3 === "journal" || k3 === "title")) {
        return false;
      }
    }
    const p4 = p2["doi"];
    if (p4 !== undefined) {
      if (!((typeof p4 == "string"))) return false;
      if (p4.length > 220 && ucs2length(p4) > 220) return false;
      if (!PATTERN2.test(p4)) return false;
    }
    const p5 = p2["pmid"];
    if (p5 !== undefined) {
      if (!((typeof p5 == "string"))) return false;
      if (p5.length > 9 && ucs2length(p5) > 9) return false;
      if (!PATTERN3.test(p5)) return false;
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
    const p9 = p2["title"];
    if (p9 !== undefined) {
      if (!def_Text(p9)) return false;
    }
  }
  const p10 = x["citations"];
  if (p10 !== undefined) {
    if (!node2(p10)) return false;
  }
  const p11 = x["design"];
  if (p11 !== undefined) {
    if (!((Array.isArray(p11)))) return false;
    if (p11.length < 1) return false;
    if (p11.length > 3) return false;
    for (let i12 = 1; i12 < p11.length; i12++) for (let j13 = 0; j13 < i12; j13++) if (deepEqual(p11[i12], p11[j13])) return false;
    for (let i14 = 0; i14 < p11.length; i14++) if (!node4(p11[i14])) return false;
  }
  const p15 = x["condition"];
  if (p15 !== undefined) {
    if (!def_Name(p15)) return false;
  }
  const p16 = x["note"];
  if (p16 !== undefined) {
    if (!def_Note(p16)) return false;
  }
  const p17 = x["where"];
  if (p17 !== undefined) {
    if (!def_Where(p17)) return false;
  }
  return true;
}
function node5(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS5.has(k0))) {
      return false;
    }
  }
  return true;
}
function def_Id(x) {
  if (!((typeof x == "string"))) return false;
  if (x.length > 64 && ucs2length(x) > 64) return false;
  if (!PATTERN8.test(x)) return false;
  return true;
}
function node8(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["id"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS7.has(k0))) {
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
function node7(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 50) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node8(x[i0])) return false;
  return true;
}
function node6(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS6.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparations"];
  if (p1 !== undefined) {
    if (!node7(p1)) return false;
  }
  return true;
}
function node11(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["preparationId"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS10.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparationId"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  return true;
}
function node10(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length > 50) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node11(x[i0])) return false;
  return true;
}
function node9(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS9.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparations"];
  if (p1 !== undefined) {
    if (!node10(p1)) return false;
  }
  return true;
}
function node14(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["preparationId"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS12.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparationId"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  return true;
}
function node13(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length > 50) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node14(x[i0])) return false;
  return true;
}
function node12(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS11.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparations"];
  if (p1 !== undefined) {
    if (!node13(p1)) return false;
  }
  return true;
}
function node17(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["preparationId"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS14.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparationId"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  return true;
}
function node16(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length > 50) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node17(x[i0])) return false;
  return true;
}
function node15(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS13.has(k0))) {
      return false;
    }
  }
  const p1 = x["preparations"];
  if (p1 !== undefined) {
    if (!node16(p1)) return false;
  }
  return true;
}
function node20(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["id"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS16.has(k0))) {
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
function node19(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node20(x[i0])) return false;
  return true;
}
function node18(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS15.has(k0))) {
      return false;
    }
  }
  const p1 = x["arms"];
  if (p1 !== undefined) {
    if (!node19(p1)) return false;
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
function node22(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["notApplicable"] === undefined) return false;
  }
  return true;
}
function def_DetailStateByShape(x) {
  if (node22(x)) {
    if (!def_NotApplicable(x)) return false;
  } else {
    if (!def_NotReported(x)) return false;
  }
  return true;
}
function node23(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    const p0 = x["notApplicable"];
    if (p0 !== undefined) {
      return false;
    }
    const p1 = x["notReported"];
    if (p1 !== undefined) {
      return false;
    }
  }
  return true;
}
function def_ResultTest(x) {
  if (!(ALLOWED20.has(x))) return false;
  return true;
}
function def_ReadoutTissue(x) {
  if (!(ALLOWED21.has(x))) return false;
  return true;
}
function def_DurationUnit(x) {
  if (!(ALLOWED22.has(x))) return false;
  return true;
}
function def_SignedDuration(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_DurationUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function def_Result(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS18.has(k0))) {
      return false;
    }
  }
  const p1 = x["domain"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED19.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["measure"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["test"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_ResultTest(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["tissues"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!((Array.isArray(p4)))) return false;
      if (p4.length < 1) return false;
      if (p4.length > 50) return false;
      for (let i5 = 1; i5 < p4.length; i5++) for (let j6 = 0; j6 < i5; j6++) if (deepEqual(p4[i5], p4[j6])) return false;
      for (let i7 = 0; i7 < p4.length; i7++) if (!def_ReadoutTissue(p4[i7])) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p8 = x["direction"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!(p8 === "decrease" || p8 === "increase" || p8 === "no-change" || p8 === "prevented" || p8 === "mixed")) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  const p9 = x["significant"];
  if (p9 !== undefined) {
    if (node23(p9)) {
      if (!((typeof p9 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p9)) return false;
    }
  }
  const p10 = x["doseResponse"];
  if (p10 !== undefined) {
    if (node23(p10)) {
      if (!((typeof p10 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p10)) return false;
    }
  }
  const p11 = x["timepoints"];
  if (p11 !== undefined) {
    if (node23(p11)) {
      if (!((Array.isArray(p11)))) return false;
      if (p11.length < 1) return false;
      if (p11.length > 200) return false;
      for (let i12 = 0; i12 < p11.length; i12++) if (!def_SignedDuration(p11[i12])) return false;
    } else {
      if (!def_DetailStateByShape(p11)) return false;
    }
  }
  const p13 = x["relativeTo"];
  if (p13 !== undefined) {
    if (node23(p13)) {
      if (!(ALLOWED23.has(p13))) return false;
    } else {
      if (!def_DetailStateByShape(p13)) return false;
    }
  }
  const p14 = x["baseline"];
  if (p14 !== undefined) {
    if (node23(p14)) {
      if (!((typeof p14 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p14)) return false;
    }
  }
  const p15 = x["rank"];
  if (p15 !== undefined) {
    if (node23(p15)) {
      if (!((typeof p15 == "number" && !(p15 % 1) && isFinite(p15)))) return false;
      if (p15 < 1) return false;
      if (p15 > 200) return false;
    } else {
      if (!def_DetailStateByShape(p15)) return false;
    }
  }
  const p16 = x["description"];
  if (p16 !== undefined) {
    if (!def_Text(p16)) return false;
  }
  const p17 = x["where"];
  if (p17 !== undefined) {
    if (!def_Where(p17)) return false;
  }
  const p18 = x["note"];
  if (p18 !== undefined) {
    if (!def_Note(p18)) return false;
  }
  return true;
}
function def_Results(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!def_Result(x[i0])) return false;
  return true;
}
function node24(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    const p0 = x["notApplicable"];
    if (p0 !== undefined) {
      return false;
    }
    const p1 = x["notReported"];
    if (p1 !== undefined) {
      return false;
    }
  }
  return true;
}
function node26(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  if (x["armId"] === undefined) return false;
  for (const k0 in x) {
    if (!(KEYS24.has(k0))) {
      return false;
    }
  }
  const p1 = x["armId"];
  if (p1 !== undefined) {
    if (!def_Id(p1)) return false;
  }
  const p2 = x["results"];
  if (p2 !== undefined) {
    if (node24(p2)) {
      if (!def_Results(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node25(x) {
  if (!((Array.isArray(x)))) return false;
  if (x.length < 1) return false;
  if (x.length > 200) return false;
  for (let i0 = 0; i0 < x.length; i0++) if (!node26(x[i0])) return false;
  return true;
}
function node21(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS17.has(k0))) {
      return false;
    }
  }
  const p1 = x["results"];
  if (p1 !== undefined) {
    if (node24(p1)) {
      if (!def_Results(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["arms"];
  if (p2 !== undefined) {
    if (!node25(p2)) return false;
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
    if (p2 !== "1.1") return false;
  }
  const p3 = x["study"];
  if (p3 !== undefined) {
    if (!node1(p3)) return false;
  }
  const p4 = x["cellSource"];
  if (p4 !== undefined) {
    if (!((p4 !== null && typeof p4 == "object" && !Array.isArray(p4)))) return false;
    for (const k5 in p4) {
      if (!(KEYS4.has(k5))) {
        return false;
      }
    }
  }
  const p6 = x["isolationExpansion"];
  if (p6 !== undefined) {
    if (!node5(p6)) return false;
  }
  const p7 = x["production"];
  if (p7 !== undefined) {
    if (!node6(p7)) return false;
  }
  const p8 = x["storage"];
  if (p8 !== undefined) {
    if (!node9(p8)) return false;
  }
  const p9 = x["qualityControl"];
  if (p9 !== undefined) {
    if (!node12(p9)) return false;
  }
  const p10 = x["characterization"];
  if (p10 !== undefined) {
    if (!node15(p10)) return false;
  }
  const p11 = x["doseAdministration"];
  if (p11 !== undefined) {
    if (!node18(p11)) return false;
  }
  const p12 = x["outcomes"];
  if (p12 !== undefined) {
    if (!node21(p12)) return false;
  }
  return true;
}
function node27(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED25.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return true;
}
function item_StudyClinicalStudyType(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node27(x);
}
function items_study(x) {
  const item0 = x["clinicalStudyType"];
  if (item0 !== undefined && !item_StudyClinicalStudyType(item0)) return false;
  return true;
}
function node28(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED26.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return true;
}
function item_CellSourceSpecies(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node28(x);
}
function node30(x) {
  if (node23(x)) {
    if (!(ALLOWED27.has(x))) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node29(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!node30(p1)) return false;
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
  return true;
}
function item_CellSourceTissue(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node29(x);
}
function node31(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "autologous" || p1 === "allogeneic" || p1 === "xenogeneic")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node31(x);
}
function node33(x) {
  if (node23(x)) {
    if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
    for (const k0 in x) {
      if (!(k0 === "min" || k0 === "max")) {
        return false;
      }
    }
    const p1 = x["min"];
    if (p1 !== undefined) {
      if (node23(p1)) {
        if (!((typeof p1 == "number" && isFinite(p1)))) return false;
        if (p1 < 0) return false;
        if (p1 > 120) return false;
      } else {
        if (!def_DetailStateByShape(p1)) return false;
      }
    }
    const p2 = x["max"];
    if (p2 !== undefined) {
      if (node23(p2)) {
        if (!((typeof p2 == "number" && isFinite(p2)))) return false;
        if (p2 < 0) return false;
        if (p2 > 120) return false;
      } else {
        if (!def_DetailStateByShape(p2)) return false;
      }
    }
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node34(x) {
  if (!(x === "female" || x === "male" || x === "unknown" || x === "mixed")) return false;
  return true;
}
function node32(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS28.has(k0))) {
      return false;
    }
  }
  const p1 = x["count"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
      if (p1 < 1) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["pooled"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["ageYears"];
  if (p3 !== undefined) {
    if (!node33(p3)) return false;
  }
  const p4 = x["sex"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!((Array.isArray(p4)))) return false;
      if (p4.length < 1) return false;
      if (p4.length > 200) return false;
      for (let i5 = 0; i5 < p4.length; i5++) if (!node34(p4[i5])) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p6 = x["health"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!def_Text(p6)) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  const p7 = x["where"];
  if (p7 !== undefined) {
    if (!def_Where(p7)) return false;
  }
  const p8 = x["note"];
  if (p8 !== undefined) {
    if (!def_Note(p8)) return false;
  }
  return true;
}
function item_CellSourceDonors(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node32(x);
}
function node35(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS29.has(k0))) {
      return false;
    }
  }
  const p1 = x["type"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "commercial" || p1 === "academic-lab" || p1 === "biobank" || p1 === "in-house")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["name"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["catalogueNumber"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["lot"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Name(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["rrid"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!((typeof p5 == "string"))) return false;
      if (p5.length > 60 && ucs2length(p5) > 60) return false;
      if (!PATTERN30.test(p5)) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
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
  return node35(x);
}
function node36(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "term" || k0 === "justification" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["term"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "stromal" || p1 === "stem" || p1 === "signalling" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["justification"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Text(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return true;
}
function item_CellSourceNomenclature(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node36(x);
}
function node37(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "approval" || k0 === "consent" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["approval"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["consent"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return node37(x);
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
function node38(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "enzyme" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "explant" || p1 === "enzymatic-digestion" || p1 === "density-gradient-adherence" || p1 === "adherence" || p1 === "purchased" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["enzyme"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
function item_IsolationExpansionIsolationMethod(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node38(x);
}
function def_Percent(x) {
  if (!((typeof x == "number" && isFinite(x)))) return false;
  if (x < 0) return false;
  if (x > 100) return false;
  return true;
}
function def_MarkerResult(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "marker" || k0 === "percent")) {
      return false;
    }
  }
  const p1 = x["marker"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["percent"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Percent(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node41(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "lineage" || k0 === "method" || k0 === "result")) {
      return false;
    }
  }
  const p1 = x["lineage"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "osteogenic" || p1 === "adipogenic" || p1 === "chondrogenic")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["result"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!(p3 === "positive" || p3 === "negative")) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  return true;
}
function node40(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node41(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node39(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS31.has(k0))) {
      return false;
    }
  }
  const p1 = x["plasticAdherence"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["positiveMarkers"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((Array.isArray(p2)))) return false;
      if (p2.length < 1) return false;
      if (p2.length > 200) return false;
      for (let i3 = 0; i3 < p2.length; i3++) if (!def_MarkerResult(p2[i3])) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p4 = x["negativeMarkers"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!((Array.isArray(p4)))) return false;
      if (p4.length < 1) return false;
      if (p4.length > 200) return false;
      for (let i5 = 0; i5 < p4.length; i5++) if (!def_MarkerResult(p4[i5])) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p6 = x["method"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!def_Name(p6)) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  const p7 = x["differentiation"];
  if (p7 !== undefined) {
    if (!node40(p7)) return false;
  }
  const p8 = x["where"];
  if (p8 !== undefined) {
    if (!def_Where(p8)) return false;
  }
  const p9 = x["note"];
  if (p9 !== undefined) {
    if (!def_Note(p9)) return false;
  }
  return true;
}
function item_IsolationExpansionIdentity(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node39(x);
}
function node43(x) {
  if (node23(x)) {
    if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
    for (const k0 in x) {
      if (!(k0 === "type" || k0 === "percent" || k0 === "product" || k0 === "description")) {
        return false;
      }
    }
    const p1 = x["type"];
    if (p1 !== undefined) {
      if (node23(p1)) {
        if (!(p1 === "fbs" || p1 === "human-platelet-lysate" || p1 === "human-serum" || p1 === "serum-free" || p1 === "xeno-free" || p1 === "other")) return false;
      } else {
        if (!def_DetailStateByShape(p1)) return false;
      }
    }
    const p2 = x["percent"];
    if (p2 !== undefined) {
      if (node23(p2)) {
        if (!def_Percent(p2)) return false;
      } else {
        if (!def_DetailStateByShape(p2)) return false;
      }
    }
    const p3 = x["product"];
    if (p3 !== undefined) {
      if (node23(p3)) {
        if (!def_Name(p3)) return false;
      } else {
        if (!def_DetailStateByShape(p3)) return false;
      }
    }
    const p4 = x["description"];
    if (p4 !== undefined) {
      if (!def_Text(p4)) return false;
    }
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node42(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "basalMedium" || k0 === "supplement" || k0 === "antibiotics" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["basalMedium"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["supplement"];
  if (p2 !== undefined) {
    if (!node43(p2)) return false;
  }
  const p3 = x["antibiotics"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
function item_IsolationExpansionExpansionMedium(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node42(x);
}
function node44(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "passage" || k0 === "min" || k0 === "max" || k0 === "populationDoublings" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["passage"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
      if (p1 < 0) return false;
      if (p1 > 100) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["min"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "number" && !(p2 % 1) && isFinite(p2)))) return false;
      if (p2 < 0) return false;
      if (p2 > 100) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["max"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!((typeof p3 == "number" && !(p3 % 1) && isFinite(p3)))) return false;
      if (p3 < 0) return false;
      if (p3 > 100) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["populationDoublings"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!((typeof p4 == "number" && isFinite(p4)))) return false;
      if (p4 < 0) return false;
      if (p4 > 200) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
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
function item_IsolationExpansionPassage(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node44(x);
}
function def_CellDensityUnit(x) {
  if (!(x === "cells/cm²" || x === "cells/cm2" || x === "cells/cm^2")) return false;
  return true;
}
function def_CellDensity(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_CellDensityUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node45(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "seedingDensity" || k0 === "confluencePercent" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["seedingDensity"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_CellDensity(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["confluencePercent"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Percent(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
function item_IsolationExpansionDensity(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node45(x);
}
function node46(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED32.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return true;
}
function item_IsolationExpansionCultureFormat(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node46(x);
}
function node47(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "percent" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["percent"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Percent(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node47(x);
}
function node48(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "tested" || k0 === "method" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["tested"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["result"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!(p3 === "negative" || p3 === "positive")) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
  return node48(x);
}
function node49(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "method" || k0 === "result" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "g-banding" || p1 === "str-profiling" || p1 === "array-cgh" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["result"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return true;
}
function item_IsolationExpansionKaryotype(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node49(x);
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
function node50(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "productName" || k0 === "fractions" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED33.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["productName"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["fractions"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!((Array.isArray(p4)))) return false;
      if (p4.length < 1) return false;
      if (p4.length > 200) return false;
      for (let i5 = 1; i5 < p4.length; i5++) for (let j6 = 0; j6 < i5; j6++) if (deepEqual(p4[i5], p4[j6])) return false;
      for (let i7 = 0; i7 < p4.length; i7++) if (!node51(p4[i7])) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p8 = x["where"];
  if (p8 !== undefined) {
    if (!def_Where(p8)) return false;
  }
  const p9 = x["note"];
  if (p9 !== undefined) {
    if (!def_Note(p9)) return false;
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
function node52(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "supplier" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "self-produced" || p1 === "purchased" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["supplier"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return true;
}
function item_ProductionOrigin(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node52(x);
}
function node53(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS34.has(k0))) {
      return false;
    }
  }
  const p1 = x["basalMedium"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["serum"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!(p2 === "serum-free" || p2 === "ev-depleted-serum" || p2 === "ev-depleted-platelet-lysate" || p2 === "serum-containing" || p2 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["depletionMethod"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["supplements"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Name(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["phenolRedFree"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!((typeof p5 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
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
  return true;
}
function item_ProductionConditioningMedium(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node53(x);
}
function def_DurationItem(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 < 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_DurationUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  if (!(ALLOWED35.has(x))) return false;
  return true;
}
function def_Range(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "min" || k0 === "max")) {
      return false;
    }
  }
  const p1 = x["min"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 < 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["max"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "number" && isFinite(p2)))) return false;
      if (p2 < 0) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function def_Volume(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit" || k0 === "range")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_VolumeUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["range"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Range(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  return true;
}
function node54(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "cellCount" || k0 === "confluencePercent" || k0 === "conditionedVolume" || k0 === "volumePerMillionCells" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["cellCount"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["confluencePercent"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Percent(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["conditionedVolume"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Volume(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["volumePerMillionCells"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Volume(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
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
function item_ProductionCellsAtCollection(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node54(x);
}
function node55(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "percent" || k0 === "method" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["percent"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Percent(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return node55(x);
}
function node56(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "applied" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["applied"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node56(x);
}
function def_MassConcentrationUnit(x) {
  if (!(ALLOWED37.has(x))) return false;
  return true;
}
function def_MassConcentration(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 < 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_MassConcentrationUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function def_Duration(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 < 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_DurationUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node59(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "type" || k0 === "agent" || k0 === "oxygenPercent" || k0 === "concentration" || k0 === "duration" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["type"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED36.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["agent"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["oxygenPercent"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Percent(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["concentration"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_MassConcentration(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["duration"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!def_Duration(p5)) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
  }
  const p6 = x["description"];
  if (p6 !== undefined) {
    if (!def_Text(p6)) return false;
  }
  return true;
}
function node58(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node59(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node57(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "stimuli" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["stimuli"];
  if (p1 !== undefined) {
    if (!node58(p1)) return false;
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
  return node57(x);
}
function def_ForceUnit(x) {
  if (!(ALLOWED39.has(x))) return false;
  return true;
}
function def_Force(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_ForceUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function def_LengthUnit(x) {
  if (!(x === "mm" || x === "cm")) return false;
  return true;
}
function def_Length(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_LengthUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function def_TemperatureUnit(x) {
  if (!(x === "°C" || x === "ºC" || x === "℃" || x === "degC" || x === "Cel" || x === "K")) return false;
  return true;
}
function def_Temperature(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_TemperatureUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function def_PoreSizeUnit(x) {
  if (!(x === "nm" || x === "µm" || x === "μm" || x === "um")) return false;
  return true;
}
function def_PoreSize(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_PoreSizeUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node62(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS38.has(k0))) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "centrifugation" || p1 === "filtration")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["force"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Force(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["duration"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Duration(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["rotor"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Name(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["rotorRadius"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!def_Length(p5)) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
  }
  const p6 = x["kFactor"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!((typeof p6 == "number" && isFinite(p6)))) return false;
      if (p6 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  const p7 = x["temperature"];
  if (p7 !== undefined) {
    if (node23(p7)) {
      if (!def_Temperature(p7)) return false;
    } else {
      if (!def_DetailStateByShape(p7)) return false;
    }
  }
  const p8 = x["poreSize"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!def_PoreSize(p8)) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  return true;
}
function node61(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node62(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node60(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "steps" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["steps"];
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
function item_ProductionClarification(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node60(x);
}
function node63(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "temperature" || k0 === "duration" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "processed-fresh" || p1 === "frozen-before-processing")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["temperature"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Temperature(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["duration"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Duration(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
function item_ProductionPreConcentrationHandling(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node63(x);
}
function def_MolecularWeightUnit(x) {
  if (!(x === "kDa" || x === "kD")) return false;
  return true;
}
function def_MolecularWeight(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_MolecularWeightUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node64(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS40.has(k0))) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED41.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["device"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["mwco"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_MolecularWeight(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["fold"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!((typeof p4 == "number" && isFinite(p4)))) return false;
      if (p4 < 1) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
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
  const p8 = x["concentrated"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!((typeof p8 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  return true;
}
function item_ProductionConcentration(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node64(x);
}
function node67(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS42.has(k0))) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED43.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["force"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Force(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["duration"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Duration(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["rotor"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Name(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["rotorRadius"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!def_Length(p5)) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
  }
  const p6 = x["kFactor"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!((typeof p6 == "number" && isFinite(p6)))) return false;
      if (p6 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  const p7 = x["temperature"];
  if (p7 !== undefined) {
    if (node23(p7)) {
      if (!def_Temperature(p7)) return false;
    } else {
      if (!def_DetailStateByShape(p7)) return false;
    }
  }
  const p8 = x["product"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!def_Name(p8)) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  const p9 = x["description"];
  if (p9 !== undefined) {
    if (!def_Text(p9)) return false;
  }
  return true;
}
function node66(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node67(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node65(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "methods" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["methods"];
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
function item_ProductionEvSeparation(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node65(x);
}
function node68(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "excipients" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "pbs" || p1 === "saline" || p1 === "culture-medium" || p1 === "hydrogel" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["excipients"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
function item_ProductionVehicle(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node68(x);
}
function node69(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "grade" || k0 === "facility" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["grade"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "gmp" || p1 === "gmp-like" || p1 === "research-grade")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["facility"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return node69(x);
}
function items_production(x) {
  const item0 = x["preparation"];
  if (item0 !== undefined && !item_ProductionPreparation(item0)) return false;
  const item1 = x["origin"];
  if (item1 !== undefined && !item_ProductionOrigin(item1)) return false;
  const item2 = x["conditioningMedium"];
  if (item2 !== undefined && !item_ProductionConditioningMedium(item2)) return false;
  const item3 = x["conditioningDuration"];
  if (item3 !== undefined && !item_ProductionConditioningDuration(item3)) return false;
  const item4 = x["cellsAtCollection"];
  if (item4 !== undefined && !item_ProductionCellsAtCollection(item4)) return false;
  const item5 = x["viabilityAtCollection"];
  if (item5 !== undefined && !item_ProductionViabilityAtCollection(item5)) return false;
  const item6 = x["priming"];
  if (item6 !== undefined && !item_ProductionPriming(item6)) return false;
  const item7 = x["primingConditions"];
  if (item7 !== undefined && !item_ProductionPrimingConditions(item7)) return false;
  const item8 = x["clarification"];
  if (item8 !== undefined && !item_ProductionClarification(item8)) return false;
  const item9 = x["preConcentrationHandling"];
  if (item9 !== undefined && !item_ProductionPreConcentrationHandling(item9)) return false;
  const item10 = x["concentration"];
  if (item10 !== undefined && !item_ProductionConcentration(item10)) return false;
  const item11 = x["evSeparation"];
  if (item11 !== undefined && !item_ProductionEvSeparation(item11)) return false;
  const item12 = x["vehicle"];
  if (item12 !== undefined && !item_ProductionVehicle(item12)) return false;
  const item13 = x["gmp"];
  if (item13 !== undefined && !item_ProductionGmp(item13)) return false;
  const list = x["preparations"];
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (entry !== null && typeof entry == "object" && !Array.isArray(entry)) {
        const item0 = entry["preparation"];
        if (item0 !== undefined && !item_ProductionPreparation(item0)) return false;
        const item1 = entry["origin"];
        if (item1 !== undefined && !item_ProductionOrigin(item1)) return false;
        const item2 = entry["conditioningMedium"];
        if (item2 !== undefined && !item_ProductionConditioningMedium(item2)) return false;
        const item3 = entry["conditioningDuration"];
        if (item3 !== undefined && !item_ProductionConditioningDuration(item3)) return false;
        const item4 = entry["cellsAtCollection"];
        if (item4 !== undefined && !item_ProductionCellsAtCollection(item4)) return false;
        const item5 = entry["viabilityAtCollection"];
        if (item5 !== undefined && !item_ProductionViabilityAtCollection(item5)) return false;
        const item6 = entry["priming"];
        if (item6 !== undefined && !item_ProductionPriming(item6)) return false;
        const item7 = entry["primingConditions"];
        if (item7 !== undefined && !item_ProductionPrimingConditions(item7)) return false;
        const item8 = entry["clarification"];
        if (item8 !== undefined && !item_ProductionClarification(item8)) return false;
        const item9 = entry["preConcentrationHandling"];
        if (item9 !== undefined && !item_ProductionPreConcentrationHandling(item9)) return false;
        const item10 = entry["concentration"];
        if (item10 !== undefined && !item_ProductionConcentration(item10)) return false;
        const item11 = entry["evSeparation"];
        if (item11 !== undefined && !item_ProductionEvSeparation(item11)) return false;
        const item12 = entry["vehicle"];
        if (item12 !== undefined && !item_ProductionVehicle(item12)) return false;
        const item13 = entry["gmp"];
        if (item13 !== undefined && !item_ProductionGmp(item13)) return false;
      }
    }
  }
  return true;
}
function node71(x) {
  if (!(x === "fresh" || x === "frozen" || x === "lyophilised" || x === "refrigerated")) return false;
  return true;
}
function node70(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note" || k0 === "alternatives")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "fresh" || p1 === "frozen" || p1 === "lyophilised" || p1 === "refrigerated" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  const p5 = x["alternatives"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!((Array.isArray(p5)))) return false;
      if (p5.length < 1) return false;
      if (p5.length > 3) return false;
      for (let i6 = 1; i6 < p5.length; i6++) for (let j7 = 0; j7 < i6; j7++) if (deepEqual(p5[i6], p5[j7])) return false;
      for (let i8 = 0; i8 < p5.length; i8++) if (!node71(p5[i8])) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
  }
  return true;
}
function item_StorageForm(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node70(x);
}
function def_TemperatureItem(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 < -273.15) return false;
      if (p1 > 1000) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_TemperatureUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
function node72(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "cycles" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["cycles"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
      if (p1 < 0) return false;
      if (p1 > 100) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node72(x);
}
function def_ExcipientConcentrationUnit(x) {
  if (!(ALLOWED44.has(x))) return false;
  return true;
}
function node76(x) {
  if (node23(x)) {
    if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
    for (const k0 in x) {
      if (!(k0 === "value" || k0 === "unit")) {
        return false;
      }
    }
    const p1 = x["value"];
    if (p1 !== undefined) {
      if (node23(p1)) {
        if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      } else {
        if (!def_DetailStateByShape(p1)) return false;
      }
    }
    const p2 = x["unit"];
    if (p2 !== undefined) {
      if (node23(p2)) {
        if (!def_ExcipientConcentrationUnit(p2)) return false;
      } else {
        if (!def_DetailStateByShape(p2)) return false;
      }
    }
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node75(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "name" || k0 === "concentration" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["name"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "trehalose" || p1 === "mannitol" || p1 === "sucrose" || p1 === "albumin" || p1 === "dmso" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["concentration"];
  if (p2 !== undefined) {
    if (!node76(p2)) return false;
  }
  const p3 = x["description"];
  if (p3 !== undefined) {
    if (!def_Text(p3)) return false;
  }
  return true;
}
function node74(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node75(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node73(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "substances" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["substances"];
  if (p1 !== undefined) {
    if (!node74(p1)) return false;
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
  return node73(x);
}
function node77(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "vehicle" || k0 === "volume" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["vehicle"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["volume"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Volume(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return node77(x);
}
function node78(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "low-binding-tube" || p1 === "polypropylene-tube" || p1 === "glass-vial" || p1 === "cryovial" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return true;
}
function item_StorageContainer(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node78(x);
}
function node81(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "measure" || k0 === "retainedPercent" || k0 === "after" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["measure"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "particles" || p1 === "protein" || p1 === "potency" || p1 === "size" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["retainedPercent"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "number" && isFinite(p2)))) return false;
      if (p2 < 0) return false;
      if (p2 > 1000) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["after"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Duration(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["description"];
  if (p4 !== undefined) {
    if (!def_Text(p4)) return false;
  }
  return true;
}
function node80(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node81(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node79(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "assessed" || k0 === "readouts" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["assessed"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["readouts"];
  if (p2 !== undefined) {
    if (!node80(p2)) return false;
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
function item_StorageStability(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node79(x);
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
function node82(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "method" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["result"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!(p2 === "pass" || p2 === "fail")) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return node82(x);
}
function def_EndotoxinUnit(x) {
  if (!(x === "EU/mL" || x === "EU/ml" || x === "EU/µg" || x === "EU/μg" || x === "EU/ug")) return false;
  return true;
}
function def_Endotoxin(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 < 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_EndotoxinUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node83(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS45.has(k0))) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "lal-chromogenic" || p1 === "lal-gel-clot" || p1 === "lal-turbidimetric" || p1 === "recombinant-factor-c" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["level"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Endotoxin(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["belowDetection"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!((typeof p3 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["limitOfDetection"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Endotoxin(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
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
function item_QualityControlEndotoxin(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node83(x);
}
function node84(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "method" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["result"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!(p2 === "negative" || p2 === "positive")) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return node84(x);
}
function node85(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "tests" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["tests"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p3 = x["result"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!(p3 === "negative" || p3 === "positive")) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
  return node85(x);
}
function node86(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "analytes" || k0 === "result" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["analytes"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p3 = x["result"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Text(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
  return node86(x);
}
function node87(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "count" || k0 === "identifiers" || k0 === "variation" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["count"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
      if (p1 < 1) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["identifiers"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((Array.isArray(p2)))) return false;
      if (p2.length < 1) return false;
      if (p2.length > 200) return false;
      for (let i3 = 0; i3 < p2.length; i3++) if (!def_Name(p2[i3])) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p4 = x["variation"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Text(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
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
  return node87(x);
}
function node88(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "assay" || k0 === "readout" || k0 === "acceptanceLimit" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["assay"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED46.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["readout"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["acceptanceLimit"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
function item_QualityControlPotency(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node88(x);
}
function node91(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "test" || k0 === "limit")) {
      return false;
    }
  }
  const p1 = x["test"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["limit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node90(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node91(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node89(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "tests" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["tests"];
  if (p1 !== undefined) {
    if (!node90(p1)) return false;
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
function item_QualityControlReleaseSpecification(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node89(x);
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
function node92(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "concentration" || k0 === "assay" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["concentration"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_MassConcentration(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["assay"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!(p2 === "bca" || p2 === "bradford" || p2 === "qubit" || p2 === "lowry" || p2 === "absorbance-280" || p2 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return true;
}
function item_CharacterizationTotalProtein(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node92(x);
}
function def_ParticleConcentrationUnit(x) {
  if (!(x === "particles/mL" || x === "particles/ml" || x === "particles/µL" || x === "particles/μL" || x === "particles/uL")) return false;
  return true;
}
function def_ParticleConcentration(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 < 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_ParticleConcentrationUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function def_SizeUnit(x) {
  if (!(x === "nm")) return false;
  return true;
}
function node94(x) {
  if (node23(x)) {
    if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
    for (const k0 in x) {
      if (!(k0 === "mode" || k0 === "mean" || k0 === "median" || k0 === "sd" || k0 === "unit")) {
        return false;
      }
    }
    const p1 = x["mode"];
    if (p1 !== undefined) {
      if (node23(p1)) {
        if (!((typeof p1 == "number" && isFinite(p1)))) return false;
        if (p1 <= 0) return false;
      } else {
        if (!def_DetailStateByShape(p1)) return false;
      }
    }
    const p2 = x["mean"];
    if (p2 !== undefined) {
      if (node23(p2)) {
        if (!((typeof p2 == "number" && isFinite(p2)))) return false;
        if (p2 <= 0) return false;
      } else {
        if (!def_DetailStateByShape(p2)) return false;
      }
    }
    const p3 = x["median"];
    if (p3 !== undefined) {
      if (node23(p3)) {
        if (!((typeof p3 == "number" && isFinite(p3)))) return false;
        if (p3 <= 0) return false;
      } else {
        if (!def_DetailStateByShape(p3)) return false;
      }
    }
    const p4 = x["sd"];
    if (p4 !== undefined) {
      if (node23(p4)) {
        if (!((typeof p4 == "number" && isFinite(p4)))) return false;
        if (p4 < 0) return false;
      } else {
        if (!def_DetailStateByShape(p4)) return false;
      }
    }
    const p5 = x["unit"];
    if (p5 !== undefined) {
      if (node23(p5)) {
        if (!def_SizeUnit(p5)) return false;
      } else {
        if (!def_DetailStateByShape(p5)) return false;
      }
    }
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node93(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS47.has(k0))) {
      return false;
    }
  }
  const p1 = x["concentration"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_ParticleConcentration(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["size"];
  if (p2 !== undefined) {
    if (!node94(p2)) return false;
  }
  const p3 = x["method"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!(p3 === "nta" || p3 === "trps" || p3 === "nano-flow-cytometry" || p3 === "dls" || p3 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["instrument"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Name(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["settings"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!def_Text(p5)) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
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
  return true;
}
function item_CharacterizationParticles(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node93(x);
}
function node95(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "particlesPerMicrogram" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["particlesPerMicrogram"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node95(x);
}
function node96(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "method" || k0 === "wideField" || k0 === "closeUp" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["method"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "tem" || p1 === "cryo-em" || p1 === "afm" || p1 === "sem" || p1 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["wideField"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["closeUp"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!((typeof p3 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
function item_CharacterizationImaging(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node96(x);
}
function node97(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "transmembrane" || k0 === "cytosolic" || k0 === "method" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["transmembrane"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p3 = x["cytosolic"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!((Array.isArray(p3)))) return false;
      if (p3.length < 1) return false;
      if (p3.length > 200) return false;
      for (let i4 = 0; i4 < p3.length; i4++) if (!def_Name(p3[i4])) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p5 = x["method"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!(p5 === "western-blot" || p5 === "flow-cytometry" || p5 === "elisa" || p5 === "mass-spectrometry" || p5 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
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
  return true;
}
function item_CharacterizationEvMarkersPositive(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node97(x);
}
function node98(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "markers" || k0 === "method" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["markers"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p3 = x["method"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!(p3 === "western-blot" || p3 === "flow-cytometry" || p3 === "elisa" || p3 === "mass-spectrometry" || p3 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
function item_CharacterizationEvMarkersNegative(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node98(x);
}
function node99(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "positive" || k0 === "negative" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["positive"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p3 = x["negative"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!((Array.isArray(p3)))) return false;
      if (p3.length < 1) return false;
      if (p3.length > 200) return false;
      for (let i4 = 0; i4 < p3.length; i4++) if (!def_Name(p3[i4])) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
function item_CharacterizationOriginMarkers(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node99(x);
}
function node101(x) {
  if (!(ALLOWED48.has(x))) return false;
  return true;
}
function node103(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "name" || k0 === "amount")) {
      return false;
    }
  }
  const p1 = x["name"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["amount"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_MassConcentration(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node102(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node103(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node100(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "methods" || k0 === "factors" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["methods"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!node101(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p3 = x["factors"];
  if (p3 !== undefined) {
    if (!node102(p3)) return false;
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
function item_CharacterizationSolubleFactors(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node100(x);
}
function node104(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "unconditionedMedium" || k0 === "evDepletedFraction" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["unconditionedMedium"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["evDepletedFraction"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return true;
}
function item_CharacterizationFractionControls(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node104(x);
}
function node105(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "id" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["id"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "string"))) return false;
      if (p1.length > 8 && ucs2length(p1) > 8) return false;
      if (!PATTERN49.test(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node105(x);
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
function node107(x) {
  if (node23(x)) {
    if (!(ALLOWED51.has(x))) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node108(x) {
  if (node23(x)) {
    if (!(ALLOWED52.has(x))) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node109(x) {
  if (!((typeof x == "number" && !(x % 1) && isFinite(x)))) return false;
  if (x < 1) return false;
  return true;
}
function node110(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "cell-equivalents") return false;
    }
  }
  return true;
}
function node111(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "particles") return false;
    }
  }
  return true;
}
function node112(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "protein-mass") return false;
    }
  }
  return true;
}
function node113(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "conditioned-medium-volume") return false;
    }
  }
  return true;
}
function node114(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "cell-equivalents-per-body-weight") return false;
    }
  }
  return true;
}
function node115(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "particles-per-body-weight") return false;
    }
  }
  return true;
}
function node116(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "protein-mass-per-body-weight") return false;
    }
  }
  return true;
}
function node117(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "protein-concentration") return false;
    }
  }
  return true;
}
function node118(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "particles-per-target-cell") return false;
    }
  }
  return true;
}
function node119(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "particles-concentration") return false;
    }
  }
  return true;
}
function node120(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "mass") return false;
    }
  }
  return true;
}
function node121(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "mass-concentration") return false;
    }
  }
  return true;
}
function node122(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "mass-per-body-weight") return false;
    }
  }
  return true;
}
function node123(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["basis"] === undefined) return false;
    const p0 = x["basis"];
    if (p0 !== undefined) {
      if (p0 !== "cells") return false;
    }
  }
  return true;
}
function def_DoseAmount(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS50.has(k0))) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (!node107(p2)) return false;
  }
  const p3 = x["basis"];
  if (p3 !== undefined) {
    if (!node108(p3)) return false;
  }
  const p4 = x["per"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!(p4 === "administration" || p4 === "total" || p4 === "day" || p4 === "week" || p4 === "site")) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["foldConcentration"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!((typeof p5 == "number" && isFinite(p5)))) return false;
      if (p5 < 1) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
  }
  const p6 = x["description"];
  if (p6 !== undefined) {
    if (!def_Text(p6)) return false;
  }
  const p7 = x["range"];
  if (p7 !== undefined) {
    if (node23(p7)) {
      if (!def_Range(p7)) return false;
    } else {
      if (!def_DetailStateByShape(p7)) return false;
    }
  }
  const p8 = x["analyte"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!(p8 === "protein" || p8 === "ev-protein" || p8 === "lyophilised-powder" || p8 === "rna" || p8 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  const p9 = x["volume"];
  if (p9 !== undefined) {
    if (node23(p9)) {
      if (!def_Volume(p9)) return false;
    } else {
      if (!def_DetailStateByShape(p9)) return false;
    }
  }
  const p10 = x["component"];
  if (p10 !== undefined) {
    if (node23(p10)) {
      if (!(p10 === "secretome" || p10 === "cells")) return false;
    } else {
      if (!def_DetailStateByShape(p10)) return false;
    }
  }
  const p11 = x["administrations"];
  if (p11 !== undefined) {
    if (node23(p11)) {
      if (!((Array.isArray(p11)))) return false;
      if (p11.length < 1) return false;
      if (p11.length > 200) return false;
      for (let i12 = 1; i12 < p11.length; i12++) for (let j13 = 0; j13 < i12; j13++) if (deepEqual(p11[i12], p11[j13])) return false;
      for (let i14 = 0; i14 < p11.length; i14++) if (!node109(p11[i14])) return false;
    } else {
      if (!def_DetailStateByShape(p11)) return false;
    }
  }
  const p15 = x["where"];
  if (p15 !== undefined) {
    if (!def_Where(p15)) return false;
  }
  if (node110(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p16 = x["unit"];
      if (p16 !== undefined) {
        if (node23(p16)) {
          if (!(p16 === "cell equivalents" || p16 === "cells")) return false;
        } else {
          if (!def_DetailStateByShape(p16)) return false;
        }
      }
    }
  } else {
  }
  if (node111(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p17 = x["unit"];
      if (p17 !== undefined) {
        if (node23(p17)) {
          if (!(p17 === "particles")) return false;
        } else {
          if (!def_DetailStateByShape(p17)) return false;
        }
      }
    }
  } else {
  }
  if (node112(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p18 = x["unit"];
      if (p18 !== undefined) {
        if (node23(p18)) {
          if (!(p18 === "pg" || p18 === "ng" || p18 === "µg" || p18 === "μg" || p18 === "ug" || p18 === "mg")) return false;
        } else {
          if (!def_DetailStateByShape(p18)) return false;
        }
      }
    }
  } else {
  }
  if (node113(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p19 = x["unit"];
      if (p19 !== undefined) {
        if (node23(p19)) {
          if (!(ALLOWED35.has(p19))) return false;
        } else {
          if (!def_DetailStateByShape(p19)) return false;
        }
      }
    }
  } else {
  }
  if (node114(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p20 = x["unit"];
      if (p20 !== undefined) {
        if (node23(p20)) {
          if (!(p20 === "cells/kg" || p20 === "cell equivalents/kg")) return false;
        } else {
          if (!def_DetailStateByShape(p20)) return false;
        }
      }
    }
  } else {
  }
  if (node115(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p21 = x["unit"];
      if (p21 !== undefined) {
        if (node23(p21)) {
          if (!(p21 === "particles/kg" || p21 === "particles/g")) return false;
        } else {
          if (!def_DetailStateByShape(p21)) return false;
        }
      }
    }
  } else {
  }
  if (node116(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p22 = x["unit"];
      if (p22 !== undefined) {
        if (node23(p22)) {
          if (!(ALLOWED53.has(p22))) return false;
        } else {
          if (!def_DetailStateByShape(p22)) return false;
        }
      }
    }
  } else {
  }
  if (node117(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p23 = x["unit"];
      if (p23 !== undefined) {
        if (node23(p23)) {
          if (!(ALLOWED54.has(p23))) return false;
        } else {
          if (!def_DetailStateByShape(p23)) return false;
        }
      }
    }
  } else {
  }
  if (node118(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p24 = x["unit"];
      if (p24 !== undefined) {
        if (node23(p24)) {
          if (!(p24 === "particles/cell")) return false;
        } else {
          if (!def_DetailStateByShape(p24)) return false;
        }
      }
    }
  } else {
  }
  if (node119(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p25 = x["unit"];
      if (p25 !== undefined) {
        if (node23(p25)) {
          if (!(p25 === "particles/mL" || p25 === "particles/ml")) return false;
        } else {
          if (!def_DetailStateByShape(p25)) return false;
        }
      }
    }
  } else {
  }
  if (node120(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p26 = x["unit"];
      if (p26 !== undefined) {
        if (node23(p26)) {
          if (!(p26 === "pg" || p26 === "ng" || p26 === "µg" || p26 === "μg" || p26 === "ug" || p26 === "mg")) return false;
        } else {
          if (!def_DetailStateByShape(p26)) return false;
        }
      }
    }
  } else {
  }
  if (node121(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p27 = x["unit"];
      if (p27 !== undefined) {
        if (node23(p27)) {
          if (!(ALLOWED54.has(p27))) return false;
        } else {
          if (!def_DetailStateByShape(p27)) return false;
        }
      }
    }
  } else {
  }
  if (node122(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p28 = x["unit"];
      if (p28 !== undefined) {
        if (node23(p28)) {
          if (!(ALLOWED53.has(p28))) return false;
        } else {
          if (!def_DetailStateByShape(p28)) return false;
        }
      }
    }
  } else {
  }
  if (node123(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p29 = x["unit"];
      if (p29 !== undefined) {
        if (node23(p29)) {
          if (!(p29 === "cells")) return false;
        } else {
          if (!def_DetailStateByShape(p29)) return false;
        }
      }
    }
  } else {
  }
  return true;
}
function node106(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "amounts" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["amounts"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!def_DoseAmount(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node106(x);
}
function node125(x) {
  if (node23(x)) {
    if (!(ALLOWED56.has(x))) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node127(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "site" || k0 === "route" || k0 === "count" || k0 === "administrations" || k0 === "description" || k0 === "where")) {
      return false;
    }
  }
  const p1 = x["site"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["route"];
  if (p2 !== undefined) {
    if (!node125(p2)) return false;
  }
  const p3 = x["count"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!((typeof p3 == "number" && !(p3 % 1) && isFinite(p3)))) return false;
      if (p3 < 1) return false;
      if (p3 > 10000) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["administrations"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!((Array.isArray(p4)))) return false;
      if (p4.length < 1) return false;
      if (p4.length > 200) return false;
      for (let i5 = 1; i5 < p4.length; i5++) for (let j6 = 0; j6 < i5; j6++) if (deepEqual(p4[i5], p4[j6])) return false;
      for (let i7 = 0; i7 < p4.length; i7++) if (!node109(p4[i7])) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p8 = x["description"];
  if (p8 !== undefined) {
    if (!def_Text(p8)) return false;
  }
  const p9 = x["where"];
  if (p9 !== undefined) {
    if (!def_Where(p9)) return false;
  }
  return true;
}
function node126(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node127(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node124(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS55.has(k0))) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!node125(p1)) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["site"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  const p6 = x["device"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!def_Name(p6)) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  const p7 = x["guidance"];
  if (p7 !== undefined) {
    if (node23(p7)) {
      if (!(p7 === "ultrasound" || p7 === "fluoroscopy" || p7 === "ct" || p7 === "arthroscopy" || p7 === "none" || p7 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p7)) return false;
    }
  }
  const p8 = x["siteCount"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!((typeof p8 == "number" && !(p8 % 1) && isFinite(p8)))) return false;
      if (p8 < 1) return false;
      if (p8 > 10000) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  const p9 = x["sites"];
  if (p9 !== undefined) {
    if (!node126(p9)) return false;
  }
  return true;
}
function item_DoseRoute(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node124(x);
}
function def_FlowRateUnit(x) {
  if (!(ALLOWED57.has(x))) return false;
  return true;
}
function def_FlowRate(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_FlowRateUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node128(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "volume" || k0 === "infusionRate" || k0 === "infusionDuration" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["volume"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Volume(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["infusionRate"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_FlowRate(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["infusionDuration"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Duration(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
  return node128(x);
}
function node129(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "administrations" || k0 === "interval" || k0 === "where" || k0 === "note" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["administrations"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
      if (p1 < 1) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["interval"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Duration(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  const p5 = x["description"];
  if (p5 !== undefined) {
    if (!def_Text(p5)) return false;
  }
  return true;
}
function item_DoseRegimen(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node129(x);
}
function node130(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS58.has(k0))) {
      return false;
    }
  }
  const p1 = x["approach"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "preventive" || p1 === "therapeutic")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["relativeTo"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!(ALLOWED59.has(p2))) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["offset"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_SignedDuration(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["age"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Duration(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
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
  const p8 = x["offsets"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!((Array.isArray(p8)))) return false;
      if (p8.length < 1) return false;
      if (p8.length > 200) return false;
      for (let i9 = 0; i9 < p8.length; i9++) if (!def_SignedDuration(p8[i9])) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  return true;
}
function item_DoseTiming(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node130(x);
}
function node131(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "used" || k0 === "material" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["used"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["material"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
function item_DoseCarrier(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node131(x);
}
function def_CoIntervention(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "procedure" || k0 === "description" || k0 === "timing" || k0 === "offset" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["procedure"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED60.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["timing"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!(p3 === "before" || p3 === "same-session" || p3 === "after" || p3 === "concurrent")) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["offset"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_SignedDuration(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
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
function node132(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "interventions" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["interventions"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 50) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!def_CoIntervention(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
function item_DoseCoInterventions(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node132(x);
}
function node134(x) {
  if (!(ALLOWED61.has(x))) return false;
  return true;
}
function node133(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "groups" || k0 === "description" || k0 === "where" || k0 === "note" || k0 === "untreatedGroup")) {
      return false;
    }
  }
  const p1 = x["groups"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 1; i2 < p1.length; i2++) for (let j3 = 0; j3 < i2; j3++) if (deepEqual(p1[i2], p1[j3])) return false;
      for (let i4 = 0; i4 < p1.length; i4++) if (!node134(p1[i4])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  const p8 = x["untreatedGroup"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!((typeof p8 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  return true;
}
function item_DoseControls(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node133(x);
}
function node136(x) {
  if (!(x === "female" || x === "male" || x === "mixed")) return false;
  return true;
}
function def_BodyMassUnit(x) {
  if (!(x === "g" || x === "kg")) return false;
  return true;
}
function def_BodyMass(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "value" || k0 === "unit")) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && isFinite(p1)))) return false;
      if (p1 <= 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["unit"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_BodyMassUnit(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node137(x) {
  if (node23(x)) {
    if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
    for (const k0 in x) {
      if (!(k0 === "min" || k0 === "max" || k0 === "mean")) {
        return false;
      }
    }
    const p1 = x["min"];
    if (p1 !== undefined) {
      if (node23(p1)) {
        if (!((typeof p1 == "number" && isFinite(p1)))) return false;
        if (p1 < 0) return false;
        if (p1 > 120) return false;
      } else {
        if (!def_DetailStateByShape(p1)) return false;
      }
    }
    const p2 = x["max"];
    if (p2 !== undefined) {
      if (node23(p2)) {
        if (!((typeof p2 == "number" && isFinite(p2)))) return false;
        if (p2 < 0) return false;
        if (p2 > 120) return false;
      } else {
        if (!def_DetailStateByShape(p2)) return false;
      }
    }
    const p3 = x["mean"];
    if (p3 !== undefined) {
      if (node23(p3)) {
        if (!((typeof p3 == "number" && isFinite(p3)))) return false;
        if (p3 < 0) return false;
        if (p3 > 120) return false;
      } else {
        if (!def_DetailStateByShape(p3)) return false;
      }
    }
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node135(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS62.has(k0))) {
      return false;
    }
  }
  const p1 = x["species"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED26.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["strain"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["sex"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!((Array.isArray(p3)))) return false;
      if (p3.length < 1) return false;
      if (p3.length > 200) return false;
      for (let i4 = 1; i4 < p3.length; i4++) for (let j5 = 0; j5 < i4; j5++) if (deepEqual(p3[i4], p3[j5])) return false;
      for (let i6 = 0; i6 < p3.length; i6++) if (!node136(p3[i6])) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p7 = x["age"];
  if (p7 !== undefined) {
    if (node23(p7)) {
      if (!def_Duration(p7)) return false;
    } else {
      if (!def_DetailStateByShape(p7)) return false;
    }
  }
  const p8 = x["weight"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!def_BodyMass(p8)) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  const p9 = x["source"];
  if (p9 !== undefined) {
    if (node23(p9)) {
      if (!def_Name(p9)) return false;
    } else {
      if (!def_DetailStateByShape(p9)) return false;
    }
  }
  const p10 = x["where"];
  if (p10 !== undefined) {
    if (!def_Where(p10)) return false;
  }
  const p11 = x["note"];
  if (p11 !== undefined) {
    if (!def_Note(p11)) return false;
  }
  const p12 = x["ageYears"];
  if (p12 !== undefined) {
    if (!node137(p12)) return false;
  }
  const p13 = x["description"];
  if (p13 !== undefined) {
    if (!def_Text(p13)) return false;
  }
  const p14 = x["count"];
  if (p14 !== undefined) {
    if (node23(p14)) {
      if (!((typeof p14 == "number" && !(p14 % 1) && isFinite(p14)))) return false;
      if (p14 < 1) return false;
    } else {
      if (!def_DetailStateByShape(p14)) return false;
    }
  }
  const p15 = x["condition"];
  if (p15 !== undefined) {
    if (node23(p15)) {
      if (!def_Name(p15)) return false;
    } else {
      if (!def_DetailStateByShape(p15)) return false;
    }
  }
  return true;
}
function item_DoseRecipients(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node135(x);
}
function node138(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS63.has(k0))) {
      return false;
    }
  }
  const p1 = x["targetCells"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["stimulus"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["dose"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_DoseAmount(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["duration"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Duration(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["where"];
  if (p5 !== undefined) {
    if (!def_Where(p5)) return false;
  }
  const p6 = x["note"];
  if (p6 !== undefined) {
    if (!def_Note(p6)) return false;
  }
  const p7 = x["setting"];
  if (p7 !== undefined) {
    if (node23(p7)) {
      if (!(p7 === "in-vitro" || p7 === "ex-vivo")) return false;
    } else {
      if (!def_DetailStateByShape(p7)) return false;
    }
  }
  const p8 = x["sequence"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!(p8 === "pre-incubation" || p8 === "co-incubation" || p8 === "post-incubation" || p8 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  const p9 = x["description"];
  if (p9 !== undefined) {
    if (!def_Text(p9)) return false;
  }
  const p10 = x["stimuli"];
  if (p10 !== undefined) {
    if (node23(p10)) {
      if (!((Array.isArray(p10)))) return false;
      if (p10.length < 1) return false;
      if (p10.length > 50) return false;
      for (let i11 = 0; i11 < p10.length; i11++) if (!def_Name(p10[i11])) return false;
    } else {
      if (!def_DetailStateByShape(p10)) return false;
    }
  }
  return true;
}
function item_DoseInVitroExposure(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node138(x);
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
  const item6 = x["coInterventions"];
  if (item6 !== undefined && !item_DoseCoInterventions(item6)) return false;
  const item7 = x["controls"];
  if (item7 !== undefined && !item_DoseControls(item7)) return false;
  const item8 = x["recipients"];
  if (item8 !== undefined && !item_DoseRecipients(item8)) return false;
  const item9 = x["inVitroExposure"];
  if (item9 !== undefined && !item_DoseInVitroExposure(item9)) return false;
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
        const item6 = entry["coInterventions"];
        if (item6 !== undefined && !item_DoseCoInterventions(item6)) return false;
        const item7 = entry["controls"];
        if (item7 !== undefined && !item_DoseControls(item7)) return false;
        const item8 = entry["recipients"];
        if (item8 !== undefined && !item_DoseRecipients(item8)) return false;
        const item9 = entry["inVitroExposure"];
        if (item9 !== undefined && !item_DoseInVitroExposure(item9)) return false;
      }
    }
  }
  return true;
}
function node140(x) {
  if (node23(x)) {
    if (!(ALLOWED65.has(x))) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node139(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS64.has(k0))) {
      return false;
    }
  }
  const p1 = x["value"];
  if (p1 !== undefined) {
    if (!node140(p1)) return false;
  }
  const p2 = x["description"];
  if (p2 !== undefined) {
    if (!def_Text(p2)) return false;
  }
  const p3 = x["condition"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Name(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["where"];
  if (p4 !== undefined) {
    if (!def_Where(p4)) return false;
  }
  const p5 = x["note"];
  if (p5 !== undefined) {
    if (!def_Note(p5)) return false;
  }
  const p6 = x["joint"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!(p6 === "knee" || p6 === "temporomandibular" || p6 === "hip" || p6 === "intervertebral-disc" || p6 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  const p7 = x["inducingAgent"];
  if (p7 !== undefined) {
    if (node23(p7)) {
      if (!def_Name(p7)) return false;
    } else {
      if (!def_DetailStateByShape(p7)) return false;
    }
  }
  const p8 = x["spontaneous"];
  if (p8 !== undefined) {
    if (node23(p8)) {
      if (!((typeof p8 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p8)) return false;
    }
  }
  return true;
}
function item_OutcomesModel(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node139(x);
}
function node141(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "measure" || k0 === "prespecified" || k0 === "timepoint" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["measure"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["prespecified"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["timepoint"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Duration(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
  return node141(x);
}
function node144(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "group" || k0 === "n")) {
      return false;
    }
  }
  const p1 = x["group"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["n"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "number" && !(p2 % 1) && isFinite(p2)))) return false;
      if (p2 < 1) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  return true;
}
function node143(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node144(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node142(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "perGroup" || k0 === "justification" || k0 === "description" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["perGroup"];
  if (p1 !== undefined) {
    if (!node143(p1)) return false;
  }
  const p2 = x["justification"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!(p2 === "power-calculation" || p2 === "pilot-data" || p2 === "feasibility" || p2 === "convention" || p2 === "not-justified" || p2 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return true;
}
function item_OutcomesSampleSize(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node142(x);
}
function node145(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "randomised" || k0 === "method" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["randomised"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
function item_OutcomesRandomisation(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node145(x);
}
function node147(x) {
  if (!(ALLOWED66.has(x))) return false;
  return true;
}
function node146(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "blinded" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["blinded"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 1; i2 < p1.length; i2++) for (let j3 = 0; j3 < i2; j3++) if (deepEqual(p1[i2], p1[j3])) return false;
      for (let i4 = 0; i4 < p1.length; i4++) if (!node147(p1[i4])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node146(x);
}
function node151(x) {
  if (node23(x)) {
    if (!(ALLOWED67.has(x))) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node150(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "test" || k0 === "measure" || k0 === "timepoints" || k0 === "description" || k0 === "modality")) {
      return false;
    }
  }
  const p1 = x["test"];
  if (p1 !== undefined) {
    if (!node151(p1)) return false;
  }
  const p2 = x["measure"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["timepoints"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!((Array.isArray(p3)))) return false;
      if (p3.length < 1) return false;
      if (p3.length > 200) return false;
      for (let i4 = 0; i4 < p3.length; i4++) if (!def_SignedDuration(p3[i4])) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p5 = x["description"];
  if (p5 !== undefined) {
    if (!def_Text(p5)) return false;
  }
  const p6 = x["modality"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!(ALLOWED68.has(p6))) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  return true;
}
function node149(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node150(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node148(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "tests" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["tests"];
  if (p1 !== undefined) {
    if (!node149(p1)) return false;
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
  return node148(x);
}
function node154(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "scale" || k0 === "timepoints" || k0 === "description" || k0 === "reportedIn" || k0 === "baseline")) {
      return false;
    }
  }
  const p1 = x["scale"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED69.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["timepoints"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((Array.isArray(p2)))) return false;
      if (p2.length < 1) return false;
      if (p2.length > 200) return false;
      for (let i3 = 0; i3 < p2.length; i3++) if (!def_Duration(p2[i3])) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p4 = x["description"];
  if (p4 !== undefined) {
    if (!def_Text(p4)) return false;
  }
  const p5 = x["reportedIn"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!(p5 === "publication" || p5 === "trial-registration" || p5 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
  }
  const p6 = x["baseline"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!((typeof p6 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  return true;
}
function node153(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node154(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node152(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "scales" || k0 === "followUp" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["scales"];
  if (p1 !== undefined) {
    if (!node153(p1)) return false;
  }
  const p2 = x["followUp"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Duration(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
  return node152(x);
}
function node155(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS70.has(k0))) {
      return false;
    }
  }
  const p1 = x["central"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(p1 === "mean" || p1 === "median")) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["spread"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!(p2 === "sd" || p2 === "sem" || p2 === "iqr" || p2 === "range" || p2 === "ci")) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["effectSize"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!(p3 === "mean-difference" || p3 === "standardised-mean-difference" || p3 === "ratio" || p3 === "percent-reversal" || p3 === "other")) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["confidenceInterval"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!((typeof p4 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
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
function item_OutcomesEffectEstimates(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node155(x);
}
function node158(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "target" || k0 === "tissue" || k0 === "timepoint" || k0 === "method" || k0 === "timepoints" || k0 === "description")) {
      return false;
    }
  }
  const p1 = x["target"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!def_Name(p1)) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["tissue"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_ReadoutTissue(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["timepoint"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Duration(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
  }
  const p4 = x["method"];
  if (p4 !== undefined) {
    if (node23(p4)) {
      if (!def_Name(p4)) return false;
    } else {
      if (!def_DetailStateByShape(p4)) return false;
    }
  }
  const p5 = x["timepoints"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!((Array.isArray(p5)))) return false;
      if (p5.length < 1) return false;
      if (p5.length > 200) return false;
      for (let i6 = 0; i6 < p5.length; i6++) if (!def_SignedDuration(p5[i6])) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
  }
  const p7 = x["description"];
  if (p7 !== undefined) {
    if (!def_Text(p7)) return false;
  }
  return true;
}
function node157(x) {
  if (node23(x)) {
    if (!((Array.isArray(x)))) return false;
    if (x.length < 1) return false;
    if (x.length > 200) return false;
    for (let i0 = 0; i0 < x.length; i0++) if (!node158(x[i0])) return false;
  } else {
    if (!def_DetailStateByShape(x)) return false;
  }
  return true;
}
function node156(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "readouts" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["readouts"];
  if (p1 !== undefined) {
    if (!node157(p1)) return false;
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
function item_OutcomesMechanisticReadouts(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node156(x);
}
function node159(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "collected" || k0 === "method" || k0 === "events" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["collected"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "boolean"))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["method"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Name(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["events"];
  if (p3 !== undefined) {
    if (node23(p3)) {
      if (!def_Text(p3)) return false;
    } else {
      if (!def_DetailStateByShape(p3)) return false;
    }
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
  return node159(x);
}
function node160(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "excluded" || k0 === "reasons" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["excluded"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((typeof p1 == "number" && !(p1 % 1) && isFinite(p1)))) return false;
      if (p1 < 0) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["reasons"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!def_Text(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
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
function item_OutcomesExclusions(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (hasOwn.call(x, "notApplicable")) return def_NotApplicable(x);
    if (hasOwn.call(x, "notReported")) return def_NotReported(x);
  }
  return node160(x);
}
function node162(x) {
  if (x !== null && typeof x == "object" && !Array.isArray(x)) {
    if (x["registry"] === undefined) return false;
    const p0 = x["registry"];
    if (p0 !== undefined) {
      if (p0 !== "clinicaltrials-gov") return false;
    }
  }
  return true;
}
function node161(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(KEYS71.has(k0))) {
      return false;
    }
  }
  const p1 = x["registry"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!(ALLOWED72.has(p1))) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
  }
  const p2 = x["id"];
  if (p2 !== undefined) {
    if (node23(p2)) {
      if (!((typeof p2 == "string"))) return false;
      if (p2.length < 6 && ucs2length(p2) < 3) return false;
      if (p2.length > 40 && ucs2length(p2) > 40) return false;
      if (!PATTERN73.test(p2)) return false;
    } else {
      if (!def_DetailStateByShape(p2)) return false;
    }
  }
  const p3 = x["where"];
  if (p3 !== undefined) {
    if (!def_Where(p3)) return false;
  }
  const p4 = x["note"];
  if (p4 !== undefined) {
    if (!def_Note(p4)) return false;
  }
  const p5 = x["status"];
  if (p5 !== undefined) {
    if (node23(p5)) {
      if (!(ALLOWED74.has(p5))) return false;
    } else {
      if (!def_DetailStateByShape(p5)) return false;
    }
  }
  const p6 = x["statusDate"];
  if (p6 !== undefined) {
    if (node23(p6)) {
      if (!((typeof p6 == "string"))) return false;
      if (p6.length > 10 && ucs2length(p6) > 10) return false;
      if (!PATTERN75.test(p6)) return false;
    } else {
      if (!def_DetailStateByShape(p6)) return false;
    }
  }
  const p7 = x["description"];
  if (p7 !== undefined) {
    if (!def_Text(p7)) return false;
  }
  if (node162(x)) {
    if (x !== null && typeof x == "object" && !Array.isArray(x)) {
      const p8 = x["id"];
      if (p8 !== undefined) {
        if (node23(p8)) {
          if (typeof p8 == "string") {
            if (!PATTERN76.test(p8)) return false;
          }
        } else {
          if (!def_DetailStateByShape(p8)) return false;
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
  return node161(x);
}
function node163(x) {
  if (!((x !== null && typeof x == "object" && !Array.isArray(x)))) return false;
  for (const k0 in x) {
    if (!(k0 === "measures" || k0 === "where" || k0 === "note")) {
      return false;
    }
  }
  const p1 = x["measures"];
  if (p1 !== undefined) {
    if (node23(p1)) {
      if (!((Array.isArray(p1)))) return false;
      if (p1.length < 1) return false;
      if (p1.length > 200) return false;
      for (let i2 = 0; i2 < p1.length; i2++) if (!def_Name(p1[i2])) return false;
    } else {
      if (!def_DetailStateByShape(p1)) return false;
    }
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
  return node163(x);
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
  const list = x["arms"];
  if (Array.isArray(list)) {
    for (let index = 0; index < list.length; index++) {
      const entry = list[index];
      if (entry !== null && typeof entry == "object" && !Array.isArray(entry)) {
        const item0 = entry["model"];
        if (item0 !== undefined && !item_OutcomesModel(item0)) return false;
        const item1 = entry["primaryOutcome"];
        if (item1 !== undefined && !item_OutcomesPrimaryOutcome(item1)) return false;
        const item2 = entry["sampleSize"];
        if (item2 !== undefined && !item_OutcomesSampleSize(item2)) return false;
        const item3 = entry["randomisation"];
        if (item3 !== undefined && !item_OutcomesRandomisation(item3)) return false;
        const item4 = entry["blinding"];
        if (item4 !== undefined && !item_OutcomesBlinding(item4)) return false;
        const item5 = entry["tests"];
        if (item5 !== undefined && !item_OutcomesTests(item5)) return false;
        const item6 = entry["clinicalScales"];
        if (item6 !== undefined && !item_OutcomesClinicalScales(item6)) return false;
        const item7 = entry["effectEstimates"];
        if (item7 !== undefined && !item_OutcomesEffectEstimates(item7)) return false;
        const item8 = entry["mechanisticReadouts"];
        if (item8 !== undefined && !item_OutcomesMechanisticReadouts(item8)) return false;
        const item9 = entry["adverseEvents"];
        if (item9 !== undefined && !item_OutcomesAdverseEvents(item9)) return false;
        const item10 = entry["exclusions"];
        if (item10 !== undefined && !item_OutcomesExclusions(item10)) return false;
        const item11 = entry["trialRegistration"];
        if (item11 !== undefined && !item_OutcomesTrialRegistration(item11)) return false;
        const item12 = entry["emotionalDimension"];
        if (item12 !== undefined && !item_OutcomesEmotionalDimension(item12)) return false;
      }
    }
  }
  return true;
}

export function isValidDocument(x) {
  if (!node0(x)) return false;
  if (!(x !== null && typeof x == "object" && !Array.isArray(x))) return true;
  const section0 = x["study"];
  if (section0 !== null && typeof section0 == "object" && !Array.isArray(section0) && !items_study(section0)) return false;
  const section2 = x["cellSource"];
  if (section2 !== null && typeof section2 == "object" && !Array.isArray(section2) && !items_cellSource(section2)) return false;
  const section4 = x["isolationExpansion"];
  if (section4 !== null && typeof section4 == "object" && !Array.isArray(section4) && !items_isolationExpansion(section4)) return false;
  const section6 = x["production"];
  if (section6 !== null && typeof section6 == "object" && !Array.isArray(section6) && !items_production(section6)) return false;
  const section8 = x["storage"];
  if (section8 !== null && typeof section8 == "object" && !Array.isArray(section8) && !items_storage(section8)) return false;
  const section10 = x["qualityControl"];
  if (section10 !== null && typeof section10 == "object" && !Array.isArray(section10) && !items_qualityControl(section10)) return false;
  const section12 = x["characterization"];
  if (section12 !== null && typeof section12 == "object" && !Array.isArray(section12) && !items_characterization(section12)) return false;
  const section14 = x["doseAdministration"];
  if (section14 !== null && typeof section14 == "object" && !Array.isArray(section14) && !items_doseAdministration(section14)) return false;
  const section16 = x["outcomes"];
  if (section16 !== null && typeof section16 == "object" && !Array.isArray(section16) && !items_outcomes(section16)) return false;
  return true;
}
