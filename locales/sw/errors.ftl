# Kiswahili — errors.ftl: makosa ya jumla ya huduma
error-tenant-not-found = Hakuna huduma ya chanjo ya nchi yoyote inayotolewa kwenye anwani hii.
error-tenant-suspended = Huduma ya chanjo ya nchi hii imesimamishwa. Tafadhali wasiliana na wizara ya afya.
error-not-found = Rasilimali uliyoomba haipo.
error-method-not-allowed = Mbinu hii hairuhusiwi kwa rasilimali hii.
error-invalid-parameter = Kigezo “{ $name }” hakipo au si sahihi.
error-invalid-body = Maudhui ya ombi si sahihi.
error-payload-too-large = Ombi ni kubwa mno.
error-unsupported-media-type = Ombi lazima litumwe kama JSON.
error-internal = Hitilafu imetokea upande wetu. Tafadhali jaribu tena baadaye.
error-unavailable = Huduma haipatikani kwa muda. Tafadhali jaribu tena baada ya muda mfupi.
error-rate-limited = Maombi ni mengi mno. Tafadhali jaribu tena baada ya sekunde { $seconds }.
error-tenant-config-invalid = Usanidi wa nchi si sahihi: { $reason }
error-confirmation-mismatch = Ili kuthibitisha, tuma msimbo wa nchi { $code } kama “confirm”.
error-configuration-changed = Usanidi ulibadilishwa na mtu mwingine tangu ulipoufungua (sasa ni toleo { $version }). Pakia upya kisha ufanye mabadiliko yako tena.
error-tenant-on-other-cluster = Data ya nchi hii iko kwenye klasta ya hifadhidata { $cluster }. Ipeleke kwenye klasta “main” kabla ya kuihamisha au kuiondoa kwenye jukwaa.
