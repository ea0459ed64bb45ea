# Malayalam (മലയാളം) — errors.ftl: general errors of the service and its interface
error-tenant-not-found = ഈ വിലാസത്തിൽ ഒരു രാജ്യത്തിന്റെയും വാക്സിനേഷൻ സേവനം ലഭ്യമല്ല.
error-tenant-suspended = ഈ രാജ്യത്തിന്റെ വാക്സിനേഷൻ സേവനം താൽക്കാലികമായി നിർത്തിവച്ചിരിക്കുന്നു. ദയവായി ആരോഗ്യ മന്ത്രാലയവുമായി ബന്ധപ്പെടുക.
error-not-found = ആവശ്യപ്പെട്ട റിസോഴ്സ് നിലവിലില്ല.
error-method-not-allowed = ഈ റിസോഴ്സിൽ ഈ രീതി അനുവദനീയമല്ല.
error-invalid-parameter = “{ $name }” എന്ന പാരാമീറ്റർ ഇല്ല, അല്ലെങ്കിൽ സാധുവല്ല.
error-invalid-body = അഭ്യർത്ഥനയുടെ ഉള്ളടക്കം സാധുവല്ല.
error-payload-too-large = അഭ്യർത്ഥന വളരെ വലുതാണ്.
error-unsupported-media-type = അഭ്യർത്ഥന JSON ആയി അയയ്ക്കണം.
error-internal = ഞങ്ങളുടെ ഭാഗത്ത് എന്തോ പിശക് സംഭവിച്ചു. ദയവായി പിന്നീട് വീണ്ടും ശ്രമിക്കുക.
error-unavailable = സേവനം താൽക്കാലികമായി ലഭ്യമല്ല. ദയവായി അൽപ്പസമയത്തിന് ശേഷം വീണ്ടും ശ്രമിക്കുക.
error-rate-limited = അഭ്യർത്ഥനകൾ വളരെ കൂടുതലാണ്. ദയവായി { $seconds } സെക്കൻഡിന് ശേഷം വീണ്ടും ശ്രമിക്കുക.
error-tenant-config-invalid = രാജ്യ സേവനത്തിന്റെ കോൺഫിഗറേഷൻ സാധുവല്ല: { $reason }
error-confirmation-mismatch = സ്ഥിരീകരിക്കാൻ, രാജ്യ കോഡ് { $code } “confirm” ആയി അയയ്ക്കുക.
error-configuration-changed = നിങ്ങൾ തുറന്നതിനുശേഷം മറ്റൊരാൾ കോൺഫിഗറേഷൻ മാറ്റി (ഇപ്പോൾ പതിപ്പ് { $version }). അത് വീണ്ടും ലോഡ് ചെയ്ത് നിങ്ങളുടെ മാറ്റം വീണ്ടും വരുത്തുക.
error-tenant-on-other-cluster = ഈ രാജ്യത്തിന്റെ ഡാറ്റ { $cluster } ഡാറ്റാബേസ് ക്ലസ്റ്ററിലാണ്. എക്സ്പോർട്ട് ചെയ്യുന്നതിനോ ഒഴിവാക്കുന്നതിനോ മുമ്പ് അത് “main” ക്ലസ്റ്ററിലേക്ക് മാറ്റുക.
